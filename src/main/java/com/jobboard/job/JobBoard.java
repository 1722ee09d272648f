package com.jobboard.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.jobboard.web.SearchTerms;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of jobs: the list of open jobs and each job's page. */
@Service
@Transactional(readOnly = true)
public class JobBoard {

	static final int PAGE_SIZE = 20;

	private final JobRepository jobs;

	private final Clock clock;

	JobBoard(JobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Jobs open now that match a search, one page of them.
	 * TODO(issue 4): full-text search over title, description and company; the other filters.
	 */
	public Page<JobSummary> search(JobSearch search, int page) {
		return search(search, page, PAGE_SIZE);
	}

	/**
	 * The same search with a page size of the caller's choosing (the JSON API's {@code size},
	 * the feeds' length).
	 * @param page zero-based page number
	 * @param size jobs per page, at least 1
	 */
	public Page<JobSummary> search(JobSearch search, int page, int size) {
		return this.jobs.findOpen(SearchTerms.containsPattern(search.q()), now(),
				PageRequest.of(Math.max(page, 0), size));
	}

	/** A published job of a public company, open or closed. */
	Optional<JobDetails> published(long id) {
		return this.jobs.findPublishedDetails(id);
	}

	Instant now() {
		return this.clock.instant();
	}

}
