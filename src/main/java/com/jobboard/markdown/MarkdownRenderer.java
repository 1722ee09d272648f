package com.jobboard.markdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Turns user-written Markdown into HTML that is safe to put on a public page.
 *
 * <p>
 * Raw HTML in the Markdown is allowed through the parser and then everything is cleaned
 * against an allow-list: only formatting elements survive, links and images keep only
 * http(s) (and mailto for links) URLs, no attribute that could carry script or style.
 * Headings are demoted so that the page around the text keeps the only {@code h1}, and
 * links to other sites are marked {@code nofollow ugc noopener}.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final String RELATIVE_BASE = "https://relative.invalid/";

	private static final int HEADING_OFFSET = 2;

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final int MAX_ID_WORDS_LENGTH = 60;

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	private final Safelist safelist = new Safelist()
		.addTags("p", "br", "hr", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre", "blockquote", "ul",
				"ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "sub", "sup")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "title")
		.addAttributes("ol", "start")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	/**
	 * Renders Markdown to sanitized HTML.
	 * @param markdown the source, may be {@code null}
	 * @return safe HTML, empty for empty input
	 */
	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String rawHtml = this.renderer.render(this.parser.parse(markdown));
		// A base URI lets relative links (to our own pages) pass the protocol check
		// unchanged.
		Document dirty = Jsoup.parseBodyFragment(rawHtml, RELATIVE_BASE);
		demoteHeadings(dirty);
		Document clean = new Cleaner(this.safelist).clean(dirty);
		for (Element link : clean.select("a[href]")) {
			// Browsers ignore tabs and newlines in URLs and read a backslash as a slash:
			// so do we.
			String href = link.attr("href").replaceAll("[\\t\\n\\r]", "").replace('\\', '/').strip();
			link.attr("href", href);
			if (!isOnThisSite(href)) {
				link.attr("rel", "nofollow ugc noopener");
			}
		}
		for (Element image : clean.select("img")) {
			image.attr("loading", "lazy");
			if (!image.hasAttr("alt")) {
				image.attr("alt", "");
			}
		}
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/**
	 * Prepares sanitized HTML for its page: gives each heading a generated id (so a table
	 * of contents can link to it), and measures the text. Ids come only from here: any id
	 * in the input is dropped first, and every generated one starts with
	 * {@code section-}, so text a company writes cannot clobber the page's own ids
	 * ({@code main}, {@code overview-heading}).
	 * @param safeHtml HTML made by {@link #toSafeHtml}, may be {@code null}
	 * @return the article; {@link Article#EMPTY} for empty input
	 */
	public Article article(String safeHtml) {
		if (safeHtml == null || safeHtml.isBlank()) {
			return Article.EMPTY;
		}
		Document document = Jsoup.parseBodyFragment(safeHtml);
		document.body().select("[id]").removeAttr("id");
		document.body().select("[name]").removeAttr("name");
		Set<String> taken = new HashSet<>();
		List<Article.Heading> headings = new ArrayList<>();
		for (Element heading : document.body().select("h3, h4, h5, h6")) {
			String text = heading.text().strip();
			String id = uniqueId(text, taken, headings.size() + 1);
			heading.attr("id", id);
			headings.add(new Article.Heading(id, text, heading.tagName().charAt(1) - '0' - HEADING_OFFSET));
		}
		String text = document.body().text().strip();
		int words = text.isEmpty() ? 0 : WHITESPACE.split(text).length;
		document.outputSettings().prettyPrint(false);
		return new Article(document.body().html(), headings, words);
	}

	/**
	 * "section-what-we-offer", "section-what-we-offer-2" for a second one; "section-3"
	 * for a heading without letters.
	 */
	private static String uniqueId(String text, Set<String> taken, int position) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replace("ß", "ss")
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > MAX_ID_WORDS_LENGTH) {
			ascii = ascii.substring(0, MAX_ID_WORDS_LENGTH).replaceAll("-+$", "");
		}
		String base = "section-" + (ascii.isEmpty() ? Integer.toString(position) : ascii);
		String id = base;
		for (int n = 2; !taken.add(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/**
	 * Plain text of rendered HTML, for meta descriptions and excerpts.
	 * @param safeHtml HTML made by {@link #toSafeHtml}, may be {@code null}
	 * @param maxLength the longest excerpt wanted
	 * @return text without markup, cut at a word boundary with an ellipsis when longer
	 */
	public String plainExcerpt(String safeHtml, int maxLength) {
		if (safeHtml == null || safeHtml.isBlank()) {
			return "";
		}
		String text = Jsoup.parseBodyFragment(safeHtml).text().strip();
		if (text.length() <= maxLength) {
			return text;
		}
		int cut = text.lastIndexOf(' ', maxLength - 1);
		return text.substring(0, (cut > maxLength / 2) ? cut : maxLength - 1).strip() + "…";
	}

	/**
	 * A path on this site ("/jobs", "#top", "jobs/1"), not a link elsewhere ("//x",
	 * "https://x").
	 */
	private static boolean isOnThisSite(String href) {
		if (href.startsWith("//")) {
			return false;
		}
		return href.startsWith("/") || href.startsWith("#") || !href.contains(":");
	}

	/**
	 * The text sits under the page's {@code h1} and a section {@code h2}, so its headings
	 * start at {@code h3}: # becomes h3, ## h4, and everything deeper h5 or h6. No
	 * heading goes more than one level below the one before it (HTML checkers warn about
	 * skipped levels): a text that starts with ## starts at h3, and ### right after #
	 * becomes h4.
	 */
	private static void demoteHeadings(Document document) {
		int previous = HEADING_OFFSET;
		for (Element heading : document.body().select(String.join(",", HEADINGS))) {
			int level = heading.tagName().charAt(1) - '0';
			int demoted = Math.min(Math.min(level + HEADING_OFFSET, 6), previous + 1);
			heading.tagName("h" + demoted);
			previous = demoted;
		}
	}

}
