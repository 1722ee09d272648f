package com.jobboard.company;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the company pages ask about jobs. The job feature answers
 * ({@code job.JobCatalog}): it depends on companies, so asking through this interface
 * keeps the dependency one way.
 */
public interface CompanyJobs {

	/**
	 * A company's published jobs, newest first. Some may have expired since they were
	 * published: callers check {@link PublishedJob#isOpenAt} when they show them.
	 */
	List<? extends PublishedJob> publishedJobsOf(long companyId);

	/**
	 * The number of jobs open now, per company; companies with none are missing from the
	 * map.
	 */
	Map<Long, Long> openJobCounts(Collection<Long> companyIds);

}
