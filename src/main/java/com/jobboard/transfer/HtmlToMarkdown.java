package com.jobboard.transfer;

import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Post content from the WordPress editor as Markdown (flexmark's HTML-to-Markdown
 * converter). The result is stored like typed Markdown and goes through our sanitizer
 * when rendered, so imported text is exactly as safe as typed text.
 */
final class HtmlToMarkdown {

	/**
	 * Typographic quotes and dashes stay the characters they are (the converter's default
	 * turns them into ASCII).
	 */
	private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false))
		.build();

	/** Page-builder shortcodes ([vc_row], [/et_pb_section]…) carry layout, not text. */
	private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-z][a-z0-9_-]*(\\s[^\\]]*)?\\]");

	private static final Pattern BLOCK = Pattern.compile("<(p|div|ul|ol|h[1-6]|table|blockquote|pre)[\\s>]",
			Pattern.CASE_INSENSITIVE);

	private HtmlToMarkdown() {
	}

	static String convert(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		String text = SHORTCODE.matcher(html.replace("\r\n", "\n")).replaceAll("");
		if (!BLOCK.matcher(text).find()) {
			// WordPress stores classic-editor posts without <p>: blank lines are its
			// paragraphs (wpautop).
			StringBuilder paragraphs = new StringBuilder();
			for (String paragraph : text.split("\n\\s*\n")) {
				if (!paragraph.isBlank()) {
					paragraphs.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
				}
			}
			text = paragraphs.toString();
		}
		String markdown = CONVERTER.convert(text).strip();
		// What the converter could not express is left as HTML; the sanitizer removes
		// what is unsafe.
		return markdown.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\n{3,}", "\n\n");
	}

}
