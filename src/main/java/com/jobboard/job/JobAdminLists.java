package com.jobboard.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.SearchTerms;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of jobs behind sign-in: every job for admins, a company's jobs for its
 * editors.
 */
@Service
@Transactional(readOnly = true)
class JobAdminLists {

	static final int PAGE_SIZE = 20;

	private final JobRepository jobs;

	private final CompanyRepository companies;

	private final Clock clock;

	JobAdminLists(JobRepository jobs, CompanyRepository companies, Clock clock) {
		this.jobs = jobs;
		this.companies = companies;
		this.clock = clock;
	}

	/** Every job, newest first; admins only (checked by the controller). */
	Page<JobAdminRow> allJobs(Optional<JobStatus> status, String query, int pageIndex) {
		Instant now = this.clock.instant();
		return this.jobs
			.findForAdmin(SearchTerms.containsPattern(query), status.map(Enum::name).orElse(""), now,
					PageRequest.of(pageIndex, PAGE_SIZE))
			.map((row) -> row.seenAt(now));
	}

	/**
	 * A company's jobs, newest first, for its team (checked by the controller); 404 if
	 * there is no such company.
	 */
	CompanyJobs companyJobs(long companyId, Optional<JobStatus> status, String query, int pageIndex) {
		Company company = this.companies.findById(companyId)
			.orElseThrow(() -> new NotFoundException("No company " + companyId));
		Instant now = this.clock.instant();
		Page<JobAdminRow> rows = this.jobs
			.findForAdminByCompany(companyId, SearchTerms.containsPattern(query), status.map(Enum::name).orElse(""),
					now, PageRequest.of(pageIndex, PAGE_SIZE))
			.map((row) -> row.seenAt(now));
		return new CompanyJobs(companyId, company.getName(), rows);
	}

	/**
	 * The status a list's {@code status} parameter names ("open", "expired"…); anything
	 * else means all.
	 */
	static Optional<JobStatus> statusFilter(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (JobStatus status : JobStatus.values()) {
			if (status.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	/** One company's page of jobs. */
	record CompanyJobs(long companyId, String companyName, Page<JobAdminRow> jobs) {

		public String newJobPath() {
			return JobPaths.newJob(this.companyId);
		}

	}

}
