package com.jobboard.markdown;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Descriptions prepared for their page: heading ids, the table of contents and the
 * reading time.
 */
class ArticleTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private Article article(String markdown) {
		return this.renderer.article(this.renderer.toSafeHtml(markdown));
	}

	@Test
	void headingsGetStableIdsAndTheContentsListThemInOrder() {
		Article article = article("# Who we are\n\nText.\n\n## What we offer\n\nMore.\n\n# How we hire\n\nEnd.");

		assertThat(article.headings()).containsExactly(new Article.Heading("section-who-we-are", "Who we are", 1),
				new Article.Heading("section-what-we-offer", "What we offer", 2),
				new Article.Heading("section-how-we-hire", "How we hire", 1));
		Document html = Jsoup.parseBodyFragment(article.html());
		assertThat(html.select("h3#section-who-we-are").text()).isEqualTo("Who we are");
		assertThat(html.select("h4#section-what-we-offer").text()).isEqualTo("What we offer");
		assertThat(article.hasTableOfContents()).isTrue();
		assertThat(this.renderer.article(this.renderer
			.toSafeHtml("# Who we are\n\nText.\n\n## What we offer\n\nMore.\n\n# How we hire\n\nEnd.")))
			.as("the same text always gets the same ids")
			.isEqualTo(article);
	}

	@Test
	void fewerThanThreeHeadingsGetNoTableOfContents() {
		assertThat(article("# One\n\n## Two\n\nText").hasTableOfContents()).isFalse();
		assertThat(article("Just a paragraph.").hasTableOfContents()).isFalse();
	}

	@Test
	void repeatedAndWordlessHeadingsStillGetUniqueIds() {
		Article article = article("# Benefits\n\n# Benefits\n\n# ???\n\n# Über uns – Größe");

		assertThat(article.headings()).extracting(Article.Heading::id)
			.containsExactly("section-benefits", "section-benefits-2", "section-3", "section-uber-uns-grosse");
	}

	@Test
	void idsWrittenByTheCompanyNeverReachThePage() {
		// Raw HTML with ids that would clobber the page's own (main, overview-heading) or
		// our generated ones.
		Article article = article("<h1 id=\"main\">Hi</h1>\n\n<p id=\"overview-heading\" name=\"x\">Text</p>\n\n"
				+ "<a id=\"section-hi\" href=\"#x\">link</a>");

		Document html = Jsoup.parseBodyFragment(article.html());
		assertThat(html.select("[id]")).extracting((element) -> element.id()).containsExactly("section-hi");
		assertThat(html.select("h3").attr("id")).isEqualTo("section-hi");
		assertThat(html.select("[name]")).isEmpty();
	}

	@Test
	void readingTimeCountsWordsAtAboutTwoHundredTwentyAMinute() {
		String words = "word ".repeat(1000);
		Article long_ = article(words);
		assertThat(long_.words()).isEqualTo(1000);
		assertThat(long_.readingMinutes()).isEqualTo(5);
		assertThat(long_.showsReadingTime()).isTrue();

		Article short_ = article("A few words only.");
		assertThat(short_.readingMinutes()).isEqualTo(1);
		assertThat(short_.showsReadingTime()).as("not worth saying for a short text").isFalse();
	}

	@Test
	void anEmptyDescriptionIsAnEmptyArticle() {
		assertThat(this.renderer.article(null)).isEqualTo(Article.EMPTY);
		assertThat(this.renderer.article(" ")).isEqualTo(Article.EMPTY);
		assertThat(Article.EMPTY.isEmpty()).isTrue();
		assertThat(Article.EMPTY.readingMinutes()).isZero();
		assertThat(Article.EMPTY.headings()).isEqualTo(List.of());
	}

}
