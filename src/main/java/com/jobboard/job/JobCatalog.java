package com.jobboard.job;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.jobboard.company.CompanyJobs;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask about jobs. */
@Service
@Transactional(readOnly = true)
public class JobCatalog implements CompanyJobs {

	private final JobRepository jobs;

	private final Clock clock;

	JobCatalog(JobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * A company's published jobs, newest first. Some may have expired since they were
	 * published: callers check {@link JobSummary#isOpenAt} when they show them.
	 */
	@Override
	public List<JobSummary> publishedJobsOf(long companyId) {
		return this.jobs.findPublishedByCompany(companyId);
	}

	/**
	 * A published job (open or closed) of a public company; drafts and jobs of hidden
	 * companies are empty.
	 */
	public Optional<JobDetails> published(long jobId) {
		return this.jobs.findPublishedDetails(jobId);
	}

	/**
	 * The published jobs of public companies among the given ids, in the order of the
	 * ids; ids of drafts, unknown jobs or jobs of hidden companies are left out.
	 */
	public List<JobDetails> publishedDetails(List<Long> jobIds) {
		if (jobIds.isEmpty()) {
			return List.of();
		}
		Map<Long, JobDetails> byId = new HashMap<>();
		for (JobDetails job : this.jobs.findPublishedDetailsByIdIn(jobIds)) {
			byId.put(job.id(), job);
		}
		return jobIds.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The number of jobs open now, per company; companies with none are missing from the
	 * map.
	 */
	@Override
	public Map<Long, Long> openJobCounts(Collection<Long> companyIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (companyIds.isEmpty()) {
			return counts;
		}
		for (Object[] row : this.jobs.countOpenByCompany(companyIds, this.clock.instant())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

	/** How many jobs are open now, of all companies (public or not). */
	public long openJobCount() {
		return this.jobs.countOpen(this.clock.instant());
	}

	/** Those of the given jobs that exist, whatever their status, by id. */
	public Map<Long, JobHeadline> headlines(Collection<Long> jobIds) {
		Map<Long, JobHeadline> found = new HashMap<>();
		if (!jobIds.isEmpty()) {
			this.jobs.findHeadlinesByIdIn(jobIds).forEach((job) -> found.put(job.id(), job));
		}
		return found;
	}

}
