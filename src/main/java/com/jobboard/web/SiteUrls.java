package com.jobboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the site's pages, for canonical links, Open Graph tags, sitemaps, feeds
 * and the API. {@code jobboard.public-url} (env {@code JOBBOARD_PUBLIC_URL}, e.g.
 * {@code https://jobs.example.com}) fixes the site's address; without it the address of the
 * current request is used. Templates use it as {@code @siteUrls.absolute('/jobs')}.
 */
@Component("siteUrls")
public class SiteUrls {

	private final String publicUrl;

	public SiteUrls(@Value("${jobboard.public-url:}") String publicUrl) {
		String trimmed = publicUrl.strip();
		this.publicUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/**
	 * The HTML with its links and images to this site's paths ({@code href="/companies/acme"})
	 * made absolute, for HTML read away from the site: in a feed reader, or placed on another
	 * site by an API client. Everything else is left as it is.
	 */
	public String absoluteLinksIn(String html) {
		if (html == null || !html.contains("=\"/")) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		for (Element element : document.select("[href^=/], [src^=/]")) {
			for (String attribute : new String[] { "href", "src" }) {
				String value = element.attr(attribute);
				if (value.startsWith("/") && !value.startsWith("//")) {
					element.attr(attribute, absolute(value));
				}
			}
		}
		return document.body().html();
	}

	/** The absolute address of a site path such as {@code /companies/acme}. */
	public String absolute(String path) {
		String rooted = path.startsWith("/") ? path : "/" + path;
		if (!this.publicUrl.isEmpty()) {
			return this.publicUrl + rooted;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(rooted).build().toUriString();
	}

	/**
	 * The site's address as pages rendered for this request show it ({@code jobboard.public-url},
	 * or the request's scheme, host and port): a cache of rendered pages keeps one copy per
	 * address, so that no request's Host header reaches anyone else's page.
	 */
	public String baseFor(HttpServletRequest request) {
		if (!this.publicUrl.isEmpty()) {
			return this.publicUrl;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
