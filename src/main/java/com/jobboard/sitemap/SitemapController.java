package com.jobboard.sitemap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

import com.jobboard.web.NotFoundException;
import com.jobboard.web.SiteUrls;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What crawlers read first: {@code /robots.txt} and the sitemaps. ETags come from the
 * {@code web} feature's filter.
 */
@Controller
class SitemapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	/** Crawlers come back daily at most; an hour keeps new jobs quick to show. */
	private static final CacheControl SITEMAP_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final CacheControl ROBOTS_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	/** Bytes written to the response at a time. */
	private static final int BUFFER_SIZE = 32 * 1024;

	private final Sitemaps sitemaps;

	private final SiteUrls siteUrls;

	SitemapController(Sitemaps sitemaps, SiteUrls siteUrls) {
		this.sitemaps = sitemaps;
		this.siteUrls = siteUrls;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(ServletWebRequest request, HttpServletResponse response) throws IOException {
		send(this.sitemaps.root(), request, response);
	}

	@GetMapping("/sitemaps/pages.xml")
	void listPages(ServletWebRequest request, HttpServletResponse response) throws IOException {
		send(this.sitemaps.listPages(), request, response);
	}

	@GetMapping("/sitemaps/companies-{number:\\d{1,6}}.xml")
	void companies(@PathVariable int number, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		send(this.sitemaps.companies(number).orElseThrow(() -> new NotFoundException("No sitemap " + number)), request,
				response);
	}

	@GetMapping("/sitemaps/jobs-{number:\\d{1,6}}.xml")
	void jobs(@PathVariable int number, ServletWebRequest request, HttpServletResponse response) throws IOException {
		send(this.sitemaps.jobs(number).orElseThrow(() -> new NotFoundException("No sitemap " + number)), request,
				response);
	}

	/**
	 * Everything public may be crawled except the places with nothing for search engines:
	 * the admin area and sign-in (forms behind a login), and the JSON API (the same
	 * content as the pages, for programs, which do not read robots.txt anyway).
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /logout
				Disallow: /api/

				Sitemap: %s
				""".formatted(this.siteUrls.absolute("/sitemap.xml"));
		return ResponseEntity.ok().contentType(TEXT).cacheControl(ROBOTS_CACHE).body(robots);
	}

	/**
	 * The ETag is set before the content is written, so that the {@code web} feature's
	 * ETag filter lets the content through instead of holding it to hash it: a sitemap of
	 * 50,000 addresses is streamed.
	 */
	private static void send(Sitemaps.Sitemap sitemap, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, SITEMAP_CACHE.getHeaderValue());
		if (request.checkNotModified(sitemap.etag())) {
			return;
		}
		response.setContentType(XML.toString());
		OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER_SIZE);
		sitemap.content().writeTo(out);
		out.flush();
	}

}
