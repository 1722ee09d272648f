package com.jobboard.sitemap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.jobboard.web.SiteUrls;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The sitemap of the public pages: the lists, every public company and every job open now. Up
 * to {@link #MAX_URLS} addresses it is one sitemap at {@code /sitemap.xml}; beyond, that address
 * is a sitemap index of sitemaps of at most that many addresses each (the protocol's limit):
 * {@code /sitemaps/pages.xml}, {@code /sitemaps/companies-1.xml}, {@code /sitemaps/jobs-1.xml}
 * and so on. Those answer in either case.
 */
@Service
class Sitemaps {

	/** The sitemap protocol's limit of addresses per sitemap. */
	static final int MAX_URLS = 50_000;

	/** The home page, the company directory and the job list. */
	private static final int LIST_PAGE_COUNT = 3;

	private final SitemapEntries entries;

	private final SiteUrls siteUrls;

	private final Clock clock;

	private final int maxUrls;

	@Autowired
	Sitemaps(SitemapEntries entries, SiteUrls siteUrls, Clock clock) {
		this(entries, siteUrls, clock, MAX_URLS);
	}

	/** With a lower limit, so that tests reach the index without 50,000 companies. */
	Sitemaps(SitemapEntries entries, SiteUrls siteUrls, Clock clock, int maxUrls) {
		this.entries = entries;
		this.siteUrls = siteUrls;
		this.clock = clock;
		this.maxUrls = maxUrls;
	}

	/** {@code /sitemap.xml}: every address in one sitemap, or a sitemap index when they are too many. */
	byte[] root() {
		Instant now = this.clock.instant();
		if (LIST_PAGE_COUNT + this.entries.companyCount(now) + this.entries.openJobCount(now) <= this.maxUrls) {
			List<SitemapEntries.Entry> companies = this.entries.companies(now, 0, this.maxUrls);
			List<SitemapEntries.Entry> jobs = this.entries.openJobs(now, 0, this.maxUrls);
			// Counted and listed in separate statements: new pages in between must still fit the limit.
			if (LIST_PAGE_COUNT + companies.size() + jobs.size() <= this.maxUrls) {
				List<SitemapWriter.Location> pages = new ArrayList<>(
						listPages(latestEntry(companies), latestEntry(jobs)));
				Stream.concat(companies.stream(), jobs.stream()).map(this::location).forEach(pages::add);
				return SitemapWriter.urlset(pages);
			}
		}
		return index(now);
	}

	/** {@code /sitemaps/pages.xml}: the lists. */
	byte[] listPages() {
		Instant now = this.clock.instant();
		return SitemapWriter.urlset(listPages(latest(this.entries.companyChunks(now, this.maxUrls)),
				latest(this.entries.jobChunks(now, this.maxUrls))));
	}

	/**
	 * {@code /sitemaps/companies-N.xml}.
	 * @param number one-based
	 * @return empty past the last company (a sitemap lists at least one address)
	 */
	Optional<byte[]> companies(int number) {
		Instant now = this.clock.instant();
		return (number < 1) ? Optional.empty() : pages(this.entries.companies(now, offset(number), this.maxUrls));
	}

	/**
	 * {@code /sitemaps/jobs-N.xml}.
	 * @param number one-based
	 * @return empty past the last open job
	 */
	Optional<byte[]> jobs(int number) {
		Instant now = this.clock.instant();
		return (number < 1) ? Optional.empty() : pages(this.entries.openJobs(now, offset(number), this.maxUrls));
	}

	private byte[] index(Instant now) {
		List<Instant> companyChunks = this.entries.companyChunks(now, this.maxUrls);
		List<Instant> jobChunks = this.entries.jobChunks(now, this.maxUrls);
		List<SitemapWriter.Location> sitemaps = new ArrayList<>();
		sitemaps.add(new SitemapWriter.Location(this.siteUrls.absolute("/sitemaps/pages.xml"),
				latest(Stream.concat(companyChunks.stream(), jobChunks.stream()).toList())));
		for (int i = 0; i < companyChunks.size(); i++) {
			sitemaps.add(new SitemapWriter.Location(this.siteUrls.absolute("/sitemaps/companies-" + (i + 1) + ".xml"),
					companyChunks.get(i)));
		}
		for (int i = 0; i < jobChunks.size(); i++) {
			sitemaps.add(new SitemapWriter.Location(this.siteUrls.absolute("/sitemaps/jobs-" + (i + 1) + ".xml"),
					jobChunks.get(i)));
		}
		return SitemapWriter.index(sitemaps);
	}

	/** The home page and the directory show companies, the job list shows jobs. */
	private List<SitemapWriter.Location> listPages(Instant latestCompanyChange, Instant latestJobChange) {
		return List.of(new SitemapWriter.Location(this.siteUrls.absolute("/"), latestCompanyChange),
				new SitemapWriter.Location(this.siteUrls.absolute("/companies"), latestCompanyChange),
				new SitemapWriter.Location(this.siteUrls.absolute("/jobs"), latestJobChange));
	}

	private Optional<byte[]> pages(List<SitemapEntries.Entry> found) {
		return found.isEmpty() ? Optional.empty()
				: Optional.of(SitemapWriter.urlset(found.stream().map(this::location).toList()));
	}

	private long offset(int number) {
		return (long) (number - 1) * this.maxUrls;
	}

	private SitemapWriter.Location location(SitemapEntries.Entry entry) {
		return new SitemapWriter.Location(this.siteUrls.absolute(entry.path()), entry.lastModified());
	}

	private static Instant latestEntry(List<SitemapEntries.Entry> entries) {
		return latest(entries.stream().map(SitemapEntries.Entry::lastModified).toList());
	}

	/** The latest of the instants, or {@code null} when there are none. */
	private static Instant latest(List<Instant> instants) {
		return instants.stream().max(Comparator.naturalOrder()).orElse(null);
	}

}
