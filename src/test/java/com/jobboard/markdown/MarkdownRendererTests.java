package com.jobboard.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown from users becomes HTML that formats but never runs anything. */
class MarkdownRendererTests {

	private static final String EXTERNAL_REL = "nofollow ugc noopener";

	/** The elements the renderer may produce, with the attributes each may carry. */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("p", Set.of()),
			Map.entry("br", Set.of()), Map.entry("hr", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()),
			Map.entry("h5", Set.of()), Map.entry("h6", Set.of()), Map.entry("em", Set.of()),
			Map.entry("strong", Set.of()), Map.entry("del", Set.of()), Map.entry("code", Set.of()),
			Map.entry("pre", Set.of()), Map.entry("blockquote", Set.of()), Map.entry("ul", Set.of()),
			Map.entry("ol", Set.of("start")), Map.entry("li", Set.of()), Map.entry("a", Set.of("href", "title", "rel")),
			Map.entry("img", Set.of("src", "alt", "title", "loading")), Map.entry("table", Set.of()),
			Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tr", Set.of()),
			Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")), Map.entry("sub", Set.of()),
			Map.entry("sup", Set.of()));

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	// Headings

	@Test
	void oneHashHeadingBecomesH3() {
		Element body = render("# Who we are");

		assertThat(body.select("h3")).extracting(Element::text).containsExactly("Who we are");
	}

	@Test
	void twoHashHeadingBecomesH4() {
		Element body = render("# Who we are\n\n## Our team");

		assertThat(body.select("h4")).extracting(Element::text).containsExactly("Our team");
	}

	@Test
	void threeHashHeadingBecomesH5() {
		Element body = render("# Who we are\n\n## Our team\n\n### Benefits");

		assertThat(body.select("h5")).extracting(Element::text).containsExactly("Benefits");
	}

	@Test
	void deeperHeadingsBecomeH6() {
		Element body = render("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six");

		assertThat(body.select("h6")).extracting(Element::text).containsExactly("Four", "Five", "Six");
	}

	@Test
	void headingsNeverSkipALevel() {
		Element body = render("## Our team\n\n#### Benefits\n\n# Who we are\n\n### Perks");

		assertThat(body.select("h3")).extracting(Element::text).containsExactly("Our team", "Who we are");
		assertThat(body.select("h4")).extracting(Element::text).containsExactly("Benefits", "Perks");
	}

	@Test
	void setextHeadingsAreDemotedToo() {
		Element body = render("Title\n=====\n\nSubtitle\n--------");

		assertThat(body.select("h3")).extracting(Element::text).containsExactly("Title");
		assertThat(body.select("h4")).extracting(Element::text).containsExactly("Subtitle");
	}

	@Test
	void rawHtmlHeadingsAreDemotedToo() {
		Element body = render("<h1>Raw one</h1>\n<h2>Raw two</h2>");

		assertThat(body.select("h3")).extracting(Element::text).containsExactly("Raw one");
		assertThat(body.select("h4")).extracting(Element::text).containsExactly("Raw two");
	}

	@Test
	void outputNeverContainsH1OrH2() {
		String html = this.renderer.toSafeHtml("# A\n\n## B\n\nC\n===\n\nD\n---\n\n<h1>E</h1>\n\n<h2>F</h2>");

		Element body = parse(html);
		assertThat(body.select("h1, h2")).isEmpty();
		assertThat(html).doesNotContainIgnoringCase("<h1").doesNotContainIgnoringCase("<h2");
	}

	// Text formatting

	@Test
	void blankLineSeparatesParagraphs() {
		Element body = render("First paragraph.\n\nSecond paragraph.");

		assertThat(body.children()).extracting(Element::tagName).containsExactly("p", "p");
		assertThat(body.select("p")).extracting(Element::text).containsExactly("First paragraph.", "Second paragraph.");
	}

	@Test
	void twoTrailingSpacesMakeALineBreak() {
		Element body = render("line one  \nline two");

		assertThat(body.select("p > br")).hasSize(1);
		assertThat(body.select("p").text()).isEqualTo("line one line two");
	}

	@Test
	void asterisksAndUnderscoresMakeEmphasisAndStrong() {
		Element body = render("*one* _two_ **three** __four__ ***five***");

		assertThat(body.select("em")).extracting(Element::text).contains("one", "two", "five");
		assertThat(body.select("strong")).extracting(Element::text).contains("three", "four", "five");
	}

	@Test
	void greaterThanMakesABlockQuote() {
		Element body = render("> We ship **every** day.\n> Really.");

		Elements quotes = body.select("blockquote");
		assertThat(quotes).hasSize(1);
		assertThat(quotes.select("p").text()).isEqualTo("We ship every day. Really.");
		assertThat(quotes.select("strong").text()).isEqualTo("every");
	}

	@Test
	void dashesMakeAnUnorderedList() {
		Element body = render("- Coffee\n- Tea\n- Water");

		assertThat(body.select("ul > li")).extracting(Element::text).containsExactly("Coffee", "Tea", "Water");
	}

	@Test
	void numbersMakeAnOrderedListKeepingItsStart() {
		Element body = render("3. Third\n4. Fourth");

		Element list = body.selectFirst("ol");
		assertThat(list).isNotNull();
		assertThat(list.attr("start")).isEqualTo("3");
		assertThat(list.select("li")).extracting(Element::text).containsExactly("Third", "Fourth");
	}

	@Test
	void indentedItemsMakeNestedLists() {
		Element body = render("- Engineering\n  - Backend\n    - Java\n- Sales\n\n1. One\n   1. One point one");

		assertThat(body.select("ul > li > ul > li > ul > li")).extracting(Element::ownText).containsExactly("Java");
		assertThat(body.select("ul > li > ul > li")).extracting(Element::ownText).contains("Backend");
		assertThat(body.select("ol > li > ol > li")).extracting(Element::text).containsExactly("One point one");
	}

	@Test
	void gfmTableBecomesATableWithHeaderBodyAndAlignment() {
		Element body = render("| Benefit | Days |\n|:--------|:----:|\n| Holiday | 30 |\n| Sick leave | 10 |");

		Element table = body.selectFirst("table");
		assertThat(table).isNotNull();
		assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Benefit", "Days");
		assertThat(table.select("tbody tr")).hasSize(2);
		assertThat(table.select("tbody td")).extracting(Element::text)
			.containsExactly("Holiday", "30", "Sick leave", "10");
		assertThat(table.select("th")).extracting((th) -> th.attr("align")).containsExactly("left", "center");
	}

	@Test
	void fencedCodeIsEscapedAndKeptVerbatim() {
		String source = "if (a < b && c > d) {\n    <script>alert('x')</script>\n}\n";

		String html = this.renderer.toSafeHtml("```java\n" + source + "```");

		Element body = parse(html);
		assertThat(body.select("pre > code")).hasSize(1);
		assertThat(body.selectFirst("pre > code").wholeText()).isEqualTo(source);
		assertThat(body.select("script")).isEmpty();
		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script");
	}

	@Test
	void inlineCodeIsEscaped() {
		String html = this.renderer.toSafeHtml("Use `<b onclick=\"x\">` here");

		Element body = parse(html);
		assertThat(body.select("code").text()).isEqualTo("<b onclick=\"x\">");
		assertThat(body.select("b")).isEmpty();
	}

	@Test
	void threeDashesMakeAHorizontalRule() {
		Element body = render("Above\n\n---\n\nBelow");

		assertThat(body.select("hr")).hasSize(1);
	}

	// Images

	@Test
	void imageByHttpsUrlKeepsSrcAltAndTitleAndLoadsLazily() {
		Element body = render("![Our office](https://cdn.example.com/office.png \"The office\")");

		Element image = body.selectFirst("img");
		assertThat(image).isNotNull();
		assertThat(image.attr("src")).isEqualTo("https://cdn.example.com/office.png");
		assertThat(image.attr("alt")).isEqualTo("Our office");
		assertThat(image.attr("title")).isEqualTo("The office");
		assertThat(image.attr("loading")).isEqualTo("lazy");
	}

	@Test
	void imageWithoutAltGetsAnEmptyAlt() {
		Element body = render("<img src=\"https://cdn.example.com/a.png\">");

		Element image = body.selectFirst("img");
		assertThat(image).isNotNull();
		assertThat(image.hasAttr("alt")).isTrue();
		assertThat(image.attr("alt")).isEmpty();
		assertThat(image.attr("loading")).isEqualTo("lazy");
	}

	@Test
	void imageWithJavascriptSrcLosesItsSrc() {
		Element body = render("![pic](javascript:alert(1))\n\n<img src=\"javascript:alert(2)\" alt=\"raw\">");

		assertThat(body.select("img")).isNotEmpty().allSatisfy((image) -> assertThat(image.hasAttr("src")).isFalse());
		assertNothingExecutes(body);
	}

	@Test
	void imageWithDataSrcLosesItsSrc() {
		Element body = render("![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)");

		assertThat(body.select("img[src]")).isEmpty();
		assertNothingExecutes(body);
	}

	// Links

	@Test
	void absoluteHttpsLinkGetsNofollowUgcNoopener() {
		Element body = render("[Careers](https://careers.example.com/jobs)");

		Element link = body.selectFirst("a");
		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo("https://careers.example.com/jobs");
		assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
		assertThat(link.text()).isEqualTo("Careers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[a](http://example.com/)", "<a href=\"HTTPS://EXAMPLE.COM/\">a</a>",
			"<a href=\"//example.com/\">a</a>", "<https://example.com/auto>", "See www.example.com today",
			"https://example.com/bare" })
	void everyExternalLinkGetsNofollowUgcNoopener(String markdown) {
		Element body = render(markdown);

		assertThat(body.select("a")).isNotEmpty()
			.allSatisfy((link) -> assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL));
	}

	@Test
	void linkTitleIsKept() {
		Element body = render("[Blog](https://blog.example.com \"Our blog\")");

		assertThat(body.selectFirst("a").attr("title")).isEqualTo("Our blog");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/companies/x", "/companies/x?tab=jobs#open", "companies/x", "#benefits", "?q=java" })
	void relativeLinkIsKeptUnchangedWithoutRel(String href) {
		Element body = render("[ours](" + href + ")");

		Element link = body.selectFirst("a");
		assertThat(link).isNotNull();
		assertThat(link.attr("href")).isEqualTo(href);
		assertThat(link.hasAttr("rel")).isFalse();
	}

	@Test
	void userSuppliedRelAndTargetAreDropped() {
		Element body = render("<a href=\"/companies/x\" rel=\"opener\" target=\"_blank\">ours</a>");

		Element link = body.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("/companies/x");
		assertThat(link.hasAttr("rel")).isFalse();
		assertThat(link.hasAttr("target")).isFalse();
	}

	@Test
	void mailtoLinkIsKept() {
		Element body = render("[Write to us](mailto:jobs@example.com)");

		Element link = body.selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("mailto:jobs@example.com");
		assertThat(link.text()).isEqualTo("Write to us");
	}

	@Test
	void bareEmailAddressBecomesAMailtoLink() {
		Element body = render("Questions: jobs@example.com");

		assertThat(body.selectFirst("a").attr("href")).isEqualTo("mailto:jobs@example.com");
	}

	/**
	 * Browsers read a backslash as a slash in http(s) URLs and drop leading spaces and
	 * tabs inside URLs, so each of these links leads to another site and must be marked
	 * like any external link (or lose its href).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "<a href=\"\\\\evil.example/\">x</a>", "<a href=\"/\\evil.example/\">x</a>",
			"<a href=\"https:\\\\evil.example/\">x</a>", "<a href=\" //evil.example/\">x</a>",
			"<a href=\"/&#9;/evil.example/\">x</a>" })
	void linksThatBrowsersResolveToAnotherSiteGetNofollowUgcNoopener(String markdown) {
		Element body = render(markdown);

		Element link = body.selectFirst("a");
		assertThat(link).isNotNull();
		if (link.hasAttr("href")) {
			assertThat(link.attr("rel")).as("rel of <a href=\"%s\">", link.attr("href")).isEqualTo(EXTERNAL_REL);
		}
	}

	// Hostile input

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Before\n\n<script>alert(1)</script>\n\nAfter",
			"<img src=x onerror=alert(1)>", "<img src=\"https://cdn.example.com/a.png\" onerror=\"alert(1)\">",
			"<a href=\"javascript:alert(1)\">click</a>", "[click](javascript:alert(1))",
			"[click](<javascript:alert(1)>)", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"<a href=\"data:text/html,<script>alert(1)</script>\">click</a>", "[click](vbscript:msgbox(1))",
			"<a href=\"vbscript:msgbox(1)\">click</a>", "<iframe src=\"https://evil.example/\"></iframe>",
			"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"<object data=\"https://evil.example/x.swf\"></object>", "<embed src=\"https://evil.example/x.swf\">",
			"<style>body { display: none }</style>", "<p style=\"background:url(javascript:alert(1))\">styled</p>",
			"<svg onload=alert(1)><circle r=\"1\"/></svg>", "<svg><script>alert(1)</script></svg>",
			"<form action=\"https://evil.example/\"><input name=\"password\"><button>Go</button></form>",
			"<input autofocus onfocus=alert(1)>", "<a href=\"&#106;avascript:alert(1)\">click</a>",
			"<a href=\"&#x6A;avascript&#x3A;alert(1)\">click</a>", "<a href=\"javascript&colon;alert(1)\">click</a>",
			"<a href=\"JaVaScRiPt:alert(1)\">click</a>", "[click](JaVaScRiPt:alert(1))",
			"<a href=\"java&#x09;script:alert(1)\">click</a>", "<a href=\" javascript:alert(1)\">click</a>",
			"<a href=\"java&#0;script:alert(1)\">click</a>", "![pic](javascript:alert(1))",
			"<img src=\"javascript:alert(1)\">", "<base href=\"https://evil.example/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "<p onclick=\"alert(1)\">para</p>",
			"<a href=\"https://example.com\" onmouseover=\"alert(1)\">x</a>",
			"<strong onmouseover=\"alert(1)\" style=\"color:red\">x</strong>",
			"<details open ontoggle=alert(1)>x</details>", "<video><source onerror=alert(1)></video>",
			"<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
			"<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "<xmp><script>alert(1)</script></xmp>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
			"<img alt=\"&quot; onerror=&quot;alert(1)\" src=\"https://cdn.example.com/a.png\">",
			"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>" })
	void hostileMarkupLeavesNothingThatExecutes(String markdown) {
		Element body = render(markdown);

		assertNothingExecutes(body);
	}

	@Test
	void scriptIsRemovedWithItsCode() {
		String html = this.renderer.toSafeHtml("Hello\n\n<script>stealCookies()</script>\n\nWorld");

		Element body = parse(html);
		assertThat(body.select("script")).isEmpty();
		assertThat(html).doesNotContain("stealCookies");
		assertThat(body.text()).contains("Hello").contains("World");
	}

	@Test
	void styleElementIsRemovedWithItsRules() {
		String html = this.renderer.toSafeHtml("<style>body { display: none }</style>\n\nVisible");

		assertThat(parse(html).select("style")).isEmpty();
		assertThat(html).doesNotContain("display");
		assertThat(parse(html).text()).isEqualTo("Visible");
	}

	@Test
	void javascriptLinkKeepsItsTextButLosesItsHref() {
		Element body = render("[Click me](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">me too</a>");

		assertThat(body.select("a")).extracting(Element::text).containsExactly("Click me", "me too");
		assertThat(body.select("a[href]")).isEmpty();
	}

	@Test
	void eventHandlerAndStyleAreStrippedButTheParagraphStays() {
		Element body = render("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\">Hello</p>");

		Element paragraph = body.selectFirst("p");
		assertThat(paragraph).isNotNull();
		assertThat(paragraph.text()).isEqualTo("Hello");
		assertThat(paragraph.attributes().size()).isZero();
	}

	@Test
	void imageWithOnerrorKeepsOnlySafeAttributes() {
		Element body = render(
				"<img src=\"https://cdn.example.com/a.png\" alt=\"Logo\" onerror=\"alert(1)\" style=\"x\">");

		Element image = body.selectFirst("img");
		assertThat(image).isNotNull();
		assertThat(image.attributes().asList()).extracting(Attribute::getKey)
			.containsExactlyInAnyOrder("src", "alt", "loading");
		assertThat(image.attr("src")).isEqualTo("https://cdn.example.com/a.png");
	}

	@Test
	void formControlsAreRemovedButTheirTextStays() {
		Element body = render("<form action=\"https://evil.example/\"><label>Password</label><input name=\"p\">"
				+ "<select><option>x</option></select><button>Send</button></form>");

		assertThat(body.select("form, input, select, option, button, label")).isEmpty();
		assertThat(body.text()).contains("Password").contains("Send");
	}

	@Test
	void baseAndMetaElementsAreRemoved() {
		Element body = render(
				"<base href=\"https://evil.example/\">\n<meta http-equiv=\"refresh\" content=\"0\">\n\nText");

		assertThat(body.select("base, meta")).isEmpty();
		assertThat(body.text()).isEqualTo("Text");
	}

	@Test
	void embeddedContentElementsAreRemoved() {
		Element body = render("<iframe src=\"https://evil.example/\"></iframe>\n\n<object data=\"x\"></object>\n\n"
				+ "<embed src=\"x\">\n\n<svg onload=\"alert(1)\"></svg>\n\nText");

		assertThat(body.select("iframe, object, embed, svg")).isEmpty();
		assertThat(body.text()).isEqualTo("Text");
	}

	@Test
	void unclosedFormattingStaysInsideTheDescription() {
		String html = this.renderer
			.toSafeHtml("<strong>bold <em>both\n\nnext paragraph\n\n<a href=\"https://e.example\">link");

		Element after = embedInPage(html);
		assertThat(after.parents()).extracting(Element::tagName).containsExactly("body", "html");
		assertThat(parse(html).text()).contains("bold").contains("both").contains("next paragraph").contains("link");
		assertBalanced(html, "strong", "em", "a", "p");
	}

	@Test
	void unclosedTableStaysInsideTheDescription() {
		String html = this.renderer.toSafeHtml("<table><tr><td>cell");

		Element after = embedInPage(html);
		assertThat(after.parents()).extracting(Element::tagName).containsExactly("body", "html");
		assertBalanced(html, "table", "tr", "td");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<textarea>rest of page", "<title>rest of page", "<plaintext>rest of page",
			"<!-- rest of page", "<xmp>rest of page", "<noembed>rest of page", "<select><option>rest of page" })
	void unclosedSwallowingElementsCannotSwallowThePage(String markdown) {
		String html = this.renderer.toSafeHtml(markdown);

		Element after = embedInPage(html);
		assertThat(after.parents()).extracting(Element::tagName).containsExactly("body", "html");
		assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<textarea", "<title", "<plaintext", "<!--", "<xmp",
				"<noembed", "<select");
		assertThat(hasComment(parse(html))).isFalse();
	}

	// Empty input

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n\n", "\t " })
	void nullOrBlankMarkdownGivesEmptyHtml(String markdown) {
		assertThat(this.renderer.toSafeHtml(markdown)).isEmpty();
	}

	// Excerpts

	@Test
	void excerptStripsMarkup() {
		String html = this.renderer.toSafeHtml("# About\n\nWe build **robots** & [tools](https://example.com).");

		assertThat(this.renderer.plainExcerpt(html, 160)).isEqualTo("About We build robots & tools.");
	}

	@Test
	void shortTextIsReturnedWhole() {
		assertThat(this.renderer.plainExcerpt("<p>  Small team, big plans.  </p>", 160))
			.isEqualTo("Small team, big plans.");
	}

	@Test
	void textOfExactlyMaxLengthIsNotCut() {
		String text = "x".repeat(40);

		assertThat(this.renderer.plainExcerpt("<p>" + text + "</p>", 40)).isEqualTo(text);
	}

	@Test
	void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
		String text = "The quick brown fox jumps over the lazy dog and keeps on running far away";

		String excerpt = this.renderer.plainExcerpt("<p>" + text + "</p>", 30);

		assertThat(excerpt).isEqualTo("The quick brown fox jumps…");
		assertThat(excerpt).hasSizeLessThanOrEqualTo(30);
	}

	@Test
	void excerptNeverEndsInsideAWord() {
		String text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";

		for (int max = 12; max < text.length(); max++) {
			String excerpt = this.renderer.plainExcerpt("<p>" + text + "</p>", max);
			String kept = excerpt.substring(0, excerpt.length() - 1);
			assertThat(excerpt).as("excerpt of %d", max).endsWith("…").hasSizeLessThanOrEqualTo(max);
			assertThat(text).as("excerpt of %d", max).startsWith(kept);
			assertThat(text.charAt(kept.length())).as("character after excerpt of %d", max).isEqualTo(' ');
		}
	}

	@Test
	void oneVeryLongWordIsCutHard() {
		String word = "a".repeat(300);

		String excerpt = this.renderer.plainExcerpt("<p>" + word + "</p>", 160);

		assertThat(excerpt).hasSize(160).endsWith("…");
		assertThat(excerpt).startsWith("a".repeat(159));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "<p></p>", "<p>   </p>" })
	void excerptOfNothingIsEmpty(String html) {
		assertThat(this.renderer.plainExcerpt(html, 160)).isEmpty();
	}

	// Helpers

	private Element render(String markdown) {
		return parse(this.renderer.toSafeHtml(markdown));
	}

	private static Element parse(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

	/**
	 * Puts the HTML where the profile page puts it, and answers the element that follows
	 * it.
	 */
	private static Element embedInPage(String html) {
		Document page = Jsoup
			.parse("<html><body><div class=\"prose\">" + html + "</div><p id=\"after\">after</p></body></html>");
		Element after = page.getElementById("after");
		assertThat(after).isNotNull();
		return after;
	}

	private static void assertBalanced(String html, String... tags) {
		String lower = html.toLowerCase(Locale.ROOT);
		for (String tag : tags) {
			int opened = count(lower, "<" + tag + ">") + count(lower, "<" + tag + " ");
			int closed = count(lower, "</" + tag + ">");
			assertThat(closed).as("closing </%s> tags", tag).isEqualTo(opened);
		}
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static boolean hasComment(Element root) {
		boolean[] found = { false };
		root.filter(new NodeFilter() {
			@Override
			public FilterResult head(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof Comment) {
					found[0] = true;
					return FilterResult.STOP;
				}
				return FilterResult.CONTINUE;
			}
		});
		return found[0];
	}

	/**
	 * Only allow-listed elements with allow-listed attributes, and every URL either
	 * relative or http(s) (mailto for links): nothing can run script, load a frame or
	 * restyle the page.
	 */
	private static void assertNothingExecutes(Element body) {
		for (Element element : body.select("*")) {
			if (element == body) {
				continue;
			}
			String tag = element.tagName();
			assertThat(ALLOWED).as("element <%s> in %s", tag, body.html()).containsKey(tag);
			for (Attribute attribute : element.attributes()) {
				assertThat(ALLOWED.get(tag)).as("attribute %s on <%s> in %s", attribute.getKey(), tag, body.html())
					.contains(attribute.getKey());
			}
			for (String urlAttribute : List.of("href", "src")) {
				if (element.hasAttr(urlAttribute)) {
					assertSafeUrl(tag, element.attr(urlAttribute));
				}
			}
		}
	}

	private static void assertSafeUrl(String tag, String url) {
		String squeezed = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
		assertThat(squeezed).as("URL on <%s>", tag)
			.doesNotStartWith("javascript:")
			.doesNotStartWith("vbscript:")
			.doesNotStartWith("data:");
		int colon = squeezed.indexOf(':');
		int slash = squeezed.indexOf('/');
		boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && squeezed.indexOf('?') != 0
				&& squeezed.indexOf('#') != 0;
		if (hasScheme) {
			String scheme = squeezed.substring(0, colon);
			List<String> allowed = tag.equals("a") ? List.of("http", "https", "mailto") : List.of("http", "https");
			assertThat(allowed).as("scheme of %s on <%s>", url, tag).contains(scheme);
		}
	}

}
