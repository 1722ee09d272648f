package com.jobboard.sitemap;

import java.time.Duration;

import com.jobboard.web.NotFoundException;
import com.jobboard.web.SiteUrls;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What crawlers read first: {@code /robots.txt} and the sitemaps. ETags come from the {@code web} feature's filter. */
@Controller
class SitemapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	/** Crawlers come back daily at most; an hour keeps new jobs quick to show. */
	private static final CacheControl SITEMAP_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final CacheControl ROBOTS_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final Sitemaps sitemaps;

	private final SiteUrls siteUrls;

	SitemapController(Sitemaps sitemaps, SiteUrls siteUrls) {
		this.sitemaps = sitemaps;
		this.siteUrls = siteUrls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		return xml(this.sitemaps.root());
	}

	@GetMapping("/sitemaps/pages.xml")
	ResponseEntity<byte[]> listPages() {
		return xml(this.sitemaps.listPages());
	}

	@GetMapping("/sitemaps/companies-{number:\\d{1,6}}.xml")
	ResponseEntity<byte[]> companies(@PathVariable int number) {
		return xml(this.sitemaps.companies(number).orElseThrow(() -> new NotFoundException("No sitemap " + number)));
	}

	@GetMapping("/sitemaps/jobs-{number:\\d{1,6}}.xml")
	ResponseEntity<byte[]> jobs(@PathVariable int number) {
		return xml(this.sitemaps.jobs(number).orElseThrow(() -> new NotFoundException("No sitemap " + number)));
	}

	/**
	 * Everything public may be crawled except the places with nothing for search engines: the
	 * admin area and sign-in (forms behind a login), and the JSON API (the same content as the
	 * pages, for programs, which do not read robots.txt anyway).
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

	private static ResponseEntity<byte[]> xml(byte[] body) {
		return ResponseEntity.ok().contentType(XML).cacheControl(SITEMAP_CACHE).body(body);
	}

}
