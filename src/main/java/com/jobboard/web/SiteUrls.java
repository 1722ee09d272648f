package com.jobboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of the site's pages, for canonical links, Open Graph tags, JSON-LD,
 * sitemaps, feeds, the API and mail. {@code jobboard.base-url} (env
 * {@code JOBBOARD_BASE_URL}, e.g. {@code https://jobs.example.com}) is their only source;
 * unset, it is the local address the app listens on ({@code http://localhost:PORT}). A
 * request's Host or forwarded headers never change it, so no request can make the site
 * link elsewhere. Templates use it as {@code @siteUrls.absolute('/jobs')}; code away from
 * any request (mail, scheduled work) uses it too.
 */
@Component("siteUrls")
public class SiteUrls implements ApplicationListener<WebServerInitializedEvent> {

	private final boolean configured;

	private volatile String baseUrl;

	public SiteUrls(@Value("${jobboard.base-url:}") String baseUrl) {
		String trimmed = baseUrl.strip();
		this.configured = !trimmed.isEmpty();
		this.baseUrl = this.configured ? withoutTrailingSlash(trimmed) : "http://localhost:8080";
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Without a configured address, the local one, once the server's (possibly random)
	 * port is known.
	 */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// A separate management server has a namespace of its own; the site's server has
		// none.
		if (!this.configured && event.getApplicationContext().getServerNamespace() == null) {
			this.baseUrl = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/**
	 * The site's address without a trailing slash, such as
	 * {@code https://jobs.example.com}.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Whether the site's address is https: then cookies are Secure and HSTS is sent on
	 * every response.
	 */
	public boolean https() {
		return this.baseUrl.regionMatches(true, 0, "https://", 0, 8);
	}

	/**
	 * Whether the address was configured ({@code JOBBOARD_BASE_URL}) rather than taken
	 * from the local port.
	 */
	public boolean configured() {
		return this.configured;
	}

	/**
	 * The HTML with its links and images to this site's paths
	 * ({@code href="/companies/acme"}) made absolute, for HTML read away from the site:
	 * in a feed reader, or placed on another site by an API client. Everything else is
	 * left as it is.
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
		return this.baseUrl + rooted;
	}

	/**
	 * The site's address as pages rendered for this request show it: always the
	 * configured one, whatever the request's Host header says.
	 */
	public String baseFor(HttpServletRequest request) {
		return this.baseUrl;
	}

}
