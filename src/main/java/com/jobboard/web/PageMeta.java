package com.jobboard.web;

/**
 * What the layout's head tells search engines and link previews about a page beyond its
 * title and description. A page that sets none (model attribute {@code pageMeta}) gets
 * {@link MetaTags#forCurrentPage()}.
 *
 * @param canonicalUrl the page's one absolute address, or {@code null} for none (error
 * pages)
 * @param type the Open Graph type: {@code website} or {@code article}
 * @param imageUrl an absolute image address for previews (a company's logo), or
 * {@code null}
 * @param jsonLd structured data already made safe by {@code JsonLd}, or {@code null} for
 * none
 */
public record PageMeta(String canonicalUrl, String type, String imageUrl, String jsonLd) {

	public static final String MODEL_ATTRIBUTE = "pageMeta";

	public static PageMeta website(String canonicalUrl) {
		return new PageMeta(canonicalUrl, "website", null, null);
	}

}
