package com.jobboard.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jobboard.job.JobBoard;
import com.jobboard.job.JobCatalog;
import com.jobboard.job.JobDetails;
import com.jobboard.job.JobSearch;
import com.jobboard.job.JobSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;

/** Jobs as the API shows them: the search of {@code /jobs}, and each published job. */
@Service
class ApiJobs {

	static final String OPEN = "OPEN";

	static final String CLOSED = "CLOSED";

	private final JobBoard board;

	private final JobCatalog catalog;

	private final ApiLinks links;

	private final Clock clock;

	ApiJobs(JobBoard board, JobCatalog catalog, ApiLinks links, Clock clock) {
		this.board = board;
		this.catalog = catalog;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Jobs open now matching the search, exactly as {@code /jobs} finds and orders them.
	 */
	Page<JobSummaryJson> search(JobSearch search, ApiPaging paging) {
		Page<JobSummary> found = this.board.search(search, paging.index(), paging.size());
		List<JobSummaryJson> items = summaries(found.map(JobSummary::id).toList());
		return new PageImpl<>(items, found.getPageable(), found.getTotalElements());
	}

	/**
	 * Published jobs by id, in that order; drafts and jobs of hidden companies are left
	 * out.
	 */
	List<JobSummaryJson> summaries(List<Long> ids) {
		Instant now = this.clock.instant();
		return this.catalog.publishedDetails(ids).stream().map((job) -> summary(job, now)).toList();
	}

	/**
	 * A published job, open or closed; empty for drafts, unknown jobs and jobs of hidden
	 * companies.
	 */
	Optional<JobJson> find(long id) {
		Instant now = this.clock.instant();
		return this.catalog.published(id).map((job) -> {
			boolean open = job.isOpenAt(now);
			// Like the job page: a closed job no longer says how to apply.
			return new JobJson(job.id(), job.slug(), job.title(), open ? OPEN : CLOSED, company(job),
					job.employmentType().name(), job.location(), job.countryCode(), AddressJson.of(job.address()),
					job.remote(), salary(job), job.postedAt(), job.expiresAt(), job.updatedAt(),
					this.links.absolute(job.path()), this.links.jobResource(job.id()),
					this.links.absoluteLinksIn(job.descriptionHtml()), open ? job.applyUrl() : null,
					open ? job.applyEmail() : null);
		});
	}

	private JobSummaryJson summary(JobDetails job, Instant now) {
		return new JobSummaryJson(job.id(), job.slug(), job.title(), job.isOpenAt(now) ? OPEN : CLOSED, company(job),
				job.employmentType().name(), job.location(), job.countryCode(), job.remote(), salary(job),
				job.postedAt(), job.expiresAt(), job.updatedAt(), this.links.absolute(job.path()),
				this.links.jobResource(job.id()));
	}

	private CompanyRefJson company(JobDetails job) {
		return new CompanyRefJson(job.companyId(), job.companySlug(), job.companyName(),
				this.links.logo(job.companyLogoPath()), this.links.absolute(job.companyPath()),
				this.links.companyResource(job.companySlug()));
	}

	private static SalaryJson salary(JobDetails job) {
		if (job.salaryMin() == null && job.salaryMax() == null) {
			return null;
		}
		return new SalaryJson(job.salaryMin(), job.salaryMax(), job.salaryCurrency(),
				(job.salaryPeriod() != null) ? job.salaryPeriod().name() : null);
	}

}
