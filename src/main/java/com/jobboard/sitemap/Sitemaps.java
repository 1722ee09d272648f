package com.jobboard.sitemap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.jobboard.sitemap.SitemapEntries.IdRange;
import com.jobboard.web.SiteUrls;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

/**
 * The sitemap of the public pages: the lists, every public company and every job open
 * now. Up to {@link #MAX_URLS} addresses it is one sitemap at {@code /sitemap.xml};
 * beyond, that address is a sitemap index of sitemaps of at most that many addresses each
 * (the protocol's limit): {@code /sitemaps/pages.xml}, {@code /sitemaps/companies-1.xml},
 * {@code /sitemaps/jobs-1.xml} and so on, each of one range of that many ids, listed when
 * it has a page. Those answer in either case. Sitemaps are streamed, their ETags come
 * from what their content depends on.
 */
@Service
class Sitemaps {

	/** The sitemap protocol's limit of addresses per sitemap. */
	static final int MAX_URLS = 50_000;

	/**
	 * How long the index of a large board is reused: building it reads every public
	 * page's last change (a pass over the whole board), and crawlers are told to keep it
	 * an hour anyway.
	 */
	private static final Duration INDEX_CACHE_TIME = Duration.ofMinutes(1);

	/** The home page, the company directory and the job list. */
	private static final int LIST_PAGE_COUNT = 3;

	private final SitemapEntries entries;

	private final SiteUrls siteUrls;

	private final Clock clock;

	private final int maxUrls;

	private volatile CachedIndex cachedIndex;

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

	/**
	 * {@code /sitemap.xml}: every address in one sitemap, or a sitemap index when they
	 * are too many.
	 */
	Sitemap root() {
		Instant now = this.clock.instant();
		CachedIndex cached = this.cachedIndex;
		if (cached != null && now.isBefore(cached.until())) {
			return cached.index();
		}
		long room = this.maxUrls - LIST_PAGE_COUNT;
		long companies = this.entries.companyCount(now, room + 1);
		long jobs = (companies > room) ? 0 : this.entries.openJobCount(now, room - companies + 1);
		if (companies + jobs <= room) {
			return everything(now, room);
		}
		Sitemap index = index(now);
		this.cachedIndex = new CachedIndex(index, now.plus(INDEX_CACHE_TIME));
		return index;
	}

	/** {@code /sitemaps/pages.xml}: the lists. */
	Sitemap listPages() {
		Instant now = this.clock.instant();
		SitemapEntries.Version companies = this.entries.companyVersion(now, IdRange.ALL);
		SitemapEntries.Version jobs = this.entries.jobVersion(now, IdRange.ALL);
		return new Sitemap(etag("pages", companies, jobs), (out) -> {
			try (SitemapWriter urlset = SitemapWriter.urlset(out)) {
				listPages(companies.lastModified(), jobs.lastModified()).forEach(urlset::add);
			}
		});
	}

	/**
	 * {@code /sitemaps/companies-N.xml}: the public companies with ids from
	 * {@code (N - 1) * limit + 1} to {@code N * limit}, so that a company stays in its
	 * sitemap, whatever else opens or closes.
	 * @param number one-based
	 * @return empty when no public company has an id in that range (a sitemap lists at
	 * least one address)
	 */
	Optional<Sitemap> companies(int number) {
		if (number < 1) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		IdRange ids = IdRange.numbered(number, this.maxUrls);
		SitemapEntries.Version version = this.entries.companyVersion(now, ids);
		return (version.pages() == 0) ? Optional.empty()
				: Optional.of(new Sitemap(etag("companies-" + number, version), (out) -> {
					try (SitemapWriter urlset = SitemapWriter.urlset(out)) {
						this.entries.companies(now, ids, this.maxUrls, (entry) -> urlset.add(location(entry)));
					}
				}));
	}

	/**
	 * {@code /sitemaps/jobs-N.xml}: the open jobs with ids in the {@code N}th range, like
	 * {@link #companies}.
	 * @param number one-based
	 * @return empty when no open job has an id in that range
	 */
	Optional<Sitemap> jobs(int number) {
		if (number < 1) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		IdRange ids = IdRange.numbered(number, this.maxUrls);
		SitemapEntries.Version version = this.entries.jobVersion(now, ids);
		return (version.pages() == 0) ? Optional.empty()
				: Optional.of(new Sitemap(etag("jobs-" + number, version), (out) -> {
					try (SitemapWriter urlset = SitemapWriter.urlset(out)) {
						this.entries.openJobs(now, ids, this.maxUrls, (entry) -> urlset.add(location(entry)));
					}
				}));
	}

	/**
	 * The one sitemap of a board small enough: the lists, then every company, then every
	 * job.
	 */
	private Sitemap everything(Instant now, long room) {
		SitemapEntries.Version companies = this.entries.companyVersion(now, IdRange.ALL);
		SitemapEntries.Version jobs = this.entries.jobVersion(now, IdRange.ALL);
		return new Sitemap(etag("sitemap", companies, jobs), (out) -> {
			try (SitemapWriter urlset = SitemapWriter.urlset(out)) {
				listPages(companies.lastModified(), jobs.lastModified()).forEach(urlset::add);
				long[] written = { 0 };
				this.entries.companies(now, IdRange.ALL, room, (entry) -> {
					urlset.add(location(entry));
					written[0]++;
				});
				// Counted before listing: pages opened since must still fit the limit.
				this.entries.openJobs(now, IdRange.ALL, room - written[0], (entry) -> urlset.add(location(entry)));
			}
		});
	}

	private Sitemap index(Instant now) {
		List<SitemapEntries.Chunk> companyChunks = this.entries.companyChunks(now, this.maxUrls);
		List<SitemapEntries.Chunk> jobChunks = this.entries.jobChunks(now, this.maxUrls);
		List<SitemapWriter.Location> sitemaps = new ArrayList<>();
		sitemaps.add(new SitemapWriter.Location(this.siteUrls.absolute("/sitemaps/pages.xml"),
				Stream.concat(companyChunks.stream(), jobChunks.stream())
					.map(SitemapEntries.Chunk::lastModified)
					.max(Comparator.naturalOrder())
					.orElse(null)));
		for (SitemapEntries.Chunk chunk : companyChunks) {
			sitemaps.add(new SitemapWriter.Location(
					this.siteUrls.absolute("/sitemaps/companies-" + chunk.number() + ".xml"), chunk.lastModified()));
		}
		for (SitemapEntries.Chunk chunk : jobChunks) {
			sitemaps.add(new SitemapWriter.Location(this.siteUrls.absolute("/sitemaps/jobs-" + chunk.number() + ".xml"),
					chunk.lastModified()));
		}
		byte[] index = SitemapWriter.index(sitemaps);
		return new Sitemap(etag(index), (out) -> out.write(index));
	}

	/** The home page and the directory show companies, the job list shows jobs. */
	private List<SitemapWriter.Location> listPages(Instant latestCompanyChange, Instant latestJobChange) {
		return List.of(new SitemapWriter.Location(this.siteUrls.absolute("/"), latestCompanyChange),
				new SitemapWriter.Location(this.siteUrls.absolute("/companies"), latestCompanyChange),
				new SitemapWriter.Location(this.siteUrls.absolute("/jobs"), latestJobChange));
	}

	private SitemapWriter.Location location(SitemapEntries.Entry entry) {
		return new SitemapWriter.Location(this.siteUrls.absolute(entry.path()), entry.lastModified());
	}

	/**
	 * A weak ETag of what a sitemap's content depends on: the site's address and its
	 * pages' versions.
	 */
	private String etag(String name, SitemapEntries.Version... versions) {
		StringBuilder key = new StringBuilder(this.siteUrls.baseUrl()).append('|').append(name);
		for (SitemapEntries.Version version : versions) {
			key.append('|')
				.append(version.pages())
				.append('|')
				.append(version.idSum())
				.append('|')
				.append(version.lastModified());
		}
		return etag(key.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String etag(byte[] content) {
		return "W/\"" + DigestUtils.md5DigestAsHex(content) + "\"";
	}

	/**
	 * A sitemap to send: its ETag, known before the content is read, then the content
	 * itself, written straight to the response.
	 */
	record Sitemap(String etag, Content content) {
	}

	/** Writes a sitemap's XML. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** The sitemap index of a large board, reused until {@code until}. */
	private record CachedIndex(Sitemap index, Instant until) {
	}

}
