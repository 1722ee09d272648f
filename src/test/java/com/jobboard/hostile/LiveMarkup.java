package com.jobboard.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds markup in a page that could only have come from hostile input: an element
 * carrying the payloads' marker, event-handler attributes, script URLs, styles with
 * script in them, scripts that are not the site's own files, frames. The site itself has
 * none of these (no inline scripts, no {@code on*} handlers, no {@code style}
 * attributes), so any is a finding. The same checks run in Chromium
 * ({@link #BROWSER_CHECK}) on the live DOM.
 */
final class LiveMarkup {

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
			"background", "xlink:href", "srcdoc", "lowsrc", "dynsrc", "ping", "cite", "srcset");

	private static final Set<String> FRAMES = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
			"base");

	/**
	 * The same checks as JavaScript for the browser's own DOM (after it parsed, corrected
	 * and ran the page): returns a list of findings.
	 */
	static final String BROWSER_CHECK = """
			const found = [];
			const describe = (e) => e.outerHTML.slice(0, 160);
			document.querySelectorAll('[data-pwned]').forEach((e) => found.push('injected element: ' + describe(e)));
			for (const e of document.querySelectorAll('*')) {
			  for (const a of e.attributes) {
			    const name = a.name.toLowerCase();
			    const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
			    if (name.startsWith('on')) found.push('event handler ' + name + ': ' + describe(e));
			    if (['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcdoc']
			        .includes(name) && (value.startsWith('javascript:') || value.startsWith('vbscript:')
			        || value.startsWith('data:text/html'))) found.push('script URL: ' + describe(e));
			    if (name === 'style' && /expression\\(|javascript:|url\\(/.test(value)) found.push('style: ' + describe(e));
			  }
			}
			for (const s of document.querySelectorAll('script')) {
			  const src = s.getAttribute('src');
			  if (src !== null && !new URL(src, location.href).pathname.startsWith('/assets/')) found.push('foreign script: ' + describe(s));
			  if (src === null && (s.type || '').toLowerCase() !== 'application/ld+json') found.push('inline script: ' + describe(s));
			}
			document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv]')
			  .forEach((e) => found.push('frame or meta: ' + describe(e)));
			if (window.__pwned) found.push('a payload ran');
			return found;
			""";

	private LiveMarkup() {
	}

	/**
	 * What in the page is live markup from hostile input; empty when the page is clean.
	 */
	static List<String> findIn(Document page) {
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String tag = element.normalName();
			if (FRAMES.contains(tag)) {
				found.add("frame: " + outline(element));
			}
			if (tag.equals("meta") && element.hasAttr("http-equiv")) {
				found.add("meta http-equiv: " + outline(element));
			}
			if (tag.equals("script")) {
				String src = element.attr("src");
				if (element.hasAttr("src") && !src.startsWith("/assets/")) {
					found.add("foreign script: " + outline(element));
				}
				if (!element.hasAttr("src") && !element.attr("type").equalsIgnoreCase("application/ld+json")) {
					found.add("inline script: " + outline(element));
				}
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("[\\u0000-\\u0020]", "").toLowerCase(Locale.ROOT);
				if (name.equals(Payloads.MARKER)) {
					found.add("injected element: " + outline(element));
				}
				if (name.startsWith("on")) {
					found.add("event handler " + name + ": " + outline(element));
				}
				if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| value.startsWith("data:text/html"))) {
					found.add("script URL: " + outline(element));
				}
				if (name.equals("style")
						&& (value.contains("expression(") || value.contains("javascript:") || value.contains("url("))) {
					found.add("style: " + outline(element));
				}
			}
		}
		return found;
	}

	private static String outline(Element element) {
		String html = element.outerHtml();
		return (html.length() > 160) ? html.substring(0, 160) + "…" : html;
	}

}
