package com.jobboard.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, Long> {

	/** Published jobs of a company, newest first, including any whose expiry has passed. */
	@Query("""
			select new com.jobboard.job.JobSummary(j.id, j.company.id, j.title, j.slug, j.employmentType,
			    j.location, j.countryCode, j.remote, j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod,
			    j.postedAt, j.expiresAt)
			from Job j
			where j.company.id = :companyId and j.status = com.jobboard.job.JobStatus.OPEN
			order by j.postedAt desc, j.id desc
			""")
	List<JobSummary> findPublishedByCompany(long companyId);

	@Query("""
			select j.company.id, count(j) from Job j
			where j.company.id in :companyIds and j.status = com.jobboard.job.JobStatus.OPEN
			    and (j.expiresAt is null or j.expiresAt > :now)
			group by j.company.id
			""")
	List<Object[]> countOpenByCompany(Collection<Long> companyIds, Instant now);

}
