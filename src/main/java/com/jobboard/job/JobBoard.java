package com.jobboard.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jobboard.company.CompanyDirectory;
import com.jobboard.company.Sector;

import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.structureddata.JsonLd;
import com.jobboard.web.PageMeta;
import com.jobboard.web.SiteUrls;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of jobs: the search over open jobs and each job's page. */
@Service
@Transactional(readOnly = true)
public class JobBoard {

	static final int PAGE_SIZE = 20;

	private static final int EXCERPT_LENGTH = 160;

	private final JobRepository jobs;

	private final JobSearchQuery searchQuery;

	private final JobPostings postings;

	private final MarkdownRenderer markdown;

	private final SiteUrls siteUrls;

	private final CompanyDirectory companies;

	private final Clock clock;

	JobBoard(JobRepository jobs, JobSearchQuery searchQuery, JobPostings postings, MarkdownRenderer markdown,
			SiteUrls siteUrls, CompanyDirectory companies, Clock clock) {
		this.companies = companies;
		this.jobs = jobs;
		this.searchQuery = searchQuery;
		this.postings = postings;
		this.markdown = markdown;
		this.siteUrls = siteUrls;
		this.clock = clock;
	}

	/**
	 * Jobs open now (published, not filled, not past their expiry, at a public company)
	 * that match a search, one page of {@value #PAGE_SIZE}.
	 * @param search the keywords and filters; {@link JobSort#RELEVANCE} ranks keyword
	 * matches (title above company name above description), {@link JobSort#NEWEST} and
	 * searches without keywords list the most recently posted first
	 * @param page zero-based page number
	 */
	public Page<JobSummary> search(JobSearch search, int page) {
		return search(search, page, PAGE_SIZE);
	}

	/**
	 * The same search with a page size of the caller's choosing (the JSON API's
	 * {@code size}, the feeds' length).
	 * @param page zero-based page number
	 * @param size jobs per page, at least 1
	 */
	public Page<JobSummary> search(JobSearch search, int page, int size) {
		return listings(search, page, size).map(JobListing::job);
	}

	/**
	 * The same page as {@link #search}, each job with its company's name, address and
	 * logo.
	 */
	public Page<JobListing> listings(JobSearch search, int page) {
		return listings(search, page, PAGE_SIZE);
	}

	private Page<JobListing> listings(JobSearch search, int page, int size) {
		return this.searchQuery.find(search, now(), PageRequest.of(Math.max(page, 0), size));
	}

	/** The sectors the search can be narrowed to (companies' sectors), by name. */
	List<Sector> sectors() {
		return this.companies.allSectors();
	}

	/** A published job of a public company, open or closed. */
	Optional<JobDetails> published(long id) {
		return this.jobs.findPublishedDetails(id);
	}

	/**
	 * The page of a published job of a public company, open or closed (then without
	 * JSON-LD).
	 */
	Optional<JobPage> page(long id) {
		Instant now = now();
		return published(id).map((job) -> {
			String jsonLd = this.postings.of(job, now).map(JsonLd::toScriptContent).orElse(null);
			String logo = (job.companyLogoPath() != null) ? this.siteUrls.absolute(job.companyLogoPath()) : null;
			PageMeta meta = new PageMeta(this.siteUrls.absolute(job.path()), "article", logo, jsonLd);
			return new JobPage(job, job.isOpenAt(now),
					this.markdown.plainExcerpt(job.descriptionHtml(), EXCERPT_LENGTH), meta);
		});
	}

	Instant now() {
		return this.clock.instant();
	}

}
