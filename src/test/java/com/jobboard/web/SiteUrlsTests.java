package com.jobboard.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteUrlsTests {

	private final SiteUrls siteUrls = new SiteUrls("https://jobs.example.com/");

	@Test
	void publicUrlPrefixesSitePaths() {
		assertThat(this.siteUrls.absolute("/companies/acme")).isEqualTo("https://jobs.example.com/companies/acme");
		assertThat(this.siteUrls.absolute("jobs")).isEqualTo("https://jobs.example.com/jobs");
	}

	@Test
	void linksAndImagesToSitePathsBecomeAbsoluteAndNothingElseChanges() {
		String html = "<p>See <a href=\"/companies/acme\">Acme</a>, <a href=\"https://other.example/x\">x</a>,"
				+ " <a href=\"//cdn.example/y\">y</a>, <a href=\"#top\">top</a> and <img src=\"/logos/3\" alt=\"\">."
				+ " Text that says a=\"/b\" stays.</p>";

		String absolute = this.siteUrls.absoluteLinksIn(html);

		assertThat(absolute).isEqualTo("<p>See <a href=\"https://jobs.example.com/companies/acme\">Acme</a>,"
				+ " <a href=\"https://other.example/x\">x</a>, <a href=\"//cdn.example/y\">y</a>,"
				+ " <a href=\"#top\">top</a> and <img src=\"https://jobs.example.com/logos/3\" alt=\"\">."
				+ " Text that says a=\"/b\" stays.</p>");
	}

	@Test
	void htmlWithoutSitePathsIsReturnedAsItIs() {
		String html = "<p>Just <strong>text</strong> &amp; <a href=\"https://other.example\">a link</a></p>";

		assertThat(this.siteUrls.absoluteLinksIn(html)).isSameAs(html);
		assertThat(this.siteUrls.absoluteLinksIn("")).isEmpty();
		assertThat(this.siteUrls.absoluteLinksIn(null)).isNull();
	}

}
