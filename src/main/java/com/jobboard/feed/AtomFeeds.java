package com.jobboard.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.company.CompanyProfile;
import com.jobboard.company.CompanyProfiles;
import com.jobboard.company.PublishedJob;
import com.jobboard.job.JobBoard;
import com.jobboard.job.JobCatalog;
import com.jobboard.job.JobDetails;
import com.jobboard.job.JobFeeds;
import com.jobboard.job.JobSearch;
import com.jobboard.job.JobSort;
import com.jobboard.job.JobSummary;
import com.jobboard.web.SiteUrls;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the Atom feeds of open jobs: of a search, and of one company. */
@Service
class AtomFeeds {

	/** Feed readers poll: the newest jobs are what they need, not the whole board. */
	static final int LENGTH = 50;

	private final JobBoard board;

	private final JobCatalog catalog;

	private final CompanyProfiles profiles;

	private final SiteUrls siteUrls;

	private final MessageSource messages;

	private final Clock clock;

	AtomFeeds(JobBoard board, JobCatalog catalog, CompanyProfiles profiles, SiteUrls siteUrls, MessageSource messages,
			Clock clock) {
		this.board = board;
		this.catalog = catalog;
		this.profiles = profiles;
		this.siteUrls = siteUrls;
		this.messages = messages;
		this.clock = clock;
	}

	/** The newest open jobs matching a search, whatever order the search asked for. */
	AtomFeed search(JobSearch search, Locale locale) {
		JobSearch newest = new JobSearch(search.q(), search.location(), search.sector(), search.type(), search.remote(),
				JobSort.NEWEST);
		List<Long> ids = this.board.search(newest, 0, LENGTH).map(JobSummary::id).toList();
		String filters = JobFeeds.describe(search);
		String title = filters.isEmpty() ? message("feed.jobs.title", locale)
				: message("feed.jobs.search-title", locale, filters);
		String self = this.siteUrls.absolute(JobFeeds.path(search));
		return feed(self, title, message("feed.jobs.subtitle", locale), self,
				this.siteUrls.absolute(JobFeeds.listPath(search)), locale, this.catalog.publishedDetails(ids));
	}

	/**
	 * The open jobs of a public company, newest first.
	 * @return empty when no public company has that slug
	 */
	Optional<AtomFeed> company(String slug, Locale locale) {
		return this.profiles.open(slug).map((page) -> {
			CompanyProfile company = page.profile();
			List<Long> ids = page.openJobs().stream().limit(LENGTH).map(PublishedJob::id).toList();
			String self = this.siteUrls.absolute(companyFeedPath(company.slug()));
			return feed(self, message("feed.company.title", locale, company.name()),
					message("feed.company.subtitle", locale, company.name()), self,
					this.siteUrls.absolute(company.path()), locale, this.catalog.publishedDetails(ids));
		});
	}

	/**
	 * The absolute address of the feed of the company that used to have this slug, if
	 * any.
	 */
	Optional<String> movedTo(String formerSlug) {
		return this.profiles.movedTo(formerSlug).map((slug) -> this.siteUrls.absolute(companyFeedPath(slug)));
	}

	static String companyFeedPath(String slug) {
		return "/companies/" + slug + "/jobs.atom";
	}

	private AtomFeed feed(String id, String title, String subtitle, String self, String page, Locale locale,
			List<JobDetails> jobs) {
		List<AtomFeed.Entry> entries = jobs.stream().map(this::entry).toList();
		// An empty feed has changed "now": nothing in it says otherwise.
		Instant updated = entries.stream()
			.map(AtomFeed.Entry::updated)
			.max(Comparator.naturalOrder())
			.orElseGet(this.clock::instant);
		String siteName = message("site.name", locale);
		return new AtomFeed(id, title + " · " + siteName, subtitle, updated, self, page, locale.toLanguageTag(),
				entries);
	}

	private AtomFeed.Entry entry(JobDetails job) {
		Instant published = (job.postedAt() != null) ? job.postedAt() : job.updatedAt();
		Instant updated = job.updatedAt().isAfter(published) ? job.updatedAt() : published;
		return new AtomFeed.Entry(this.siteUrls.absolute("/jobs/" + job.id()), job.title(),
				this.siteUrls.absolute(job.path()), published, updated, job.companyName(),
				this.siteUrls.absolute(job.companyPath()), job.employmentType().name(), job.employmentType().label(),
				summary(job), this.siteUrls.absoluteLinksIn(job.descriptionHtml()));
	}

	/** "Full-time · Berlin, DE · Remote · EUR 65,000–80,000 a year". */
	private static String summary(JobDetails job) {
		StringBuilder summary = new StringBuilder(job.employmentType().label());
		if (!job.where().isEmpty()) {
			summary.append(" · ").append(job.where());
		}
		if (!job.salaryText().isEmpty()) {
			summary.append(" · ").append(job.salaryText());
		}
		return summary.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
