package com.jobboard.job;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, Long> {

	/**
	 * The admin lists' status filter: {@code :status} is a {@link JobStatus} name or
	 * empty, and means the status people see ({@code OPEN} leaves out open jobs past
	 * their expiry, {@code EXPIRED} takes them in).
	 */
	String STATUS_FILTER = "    and (:status = ''"
			+ " or (:status = 'DRAFT' and j.status = com.jobboard.job.JobStatus.DRAFT)" + " or (:status = 'OPEN' and "
			+ OpenNow.JPQL + ")" + " or (:status = 'FILLED' and j.status = com.jobboard.job.JobStatus.FILLED)"
			+ " or (:status = 'EXPIRED' and " + OpenNow.EXPIRED_JPQL + "))\n";

	/**
	 * Published jobs of a company, newest first, including any whose expiry has passed.
	 */
	@Query("""
			select new com.jobboard.job.JobSummary(j.id, j.company.id, j.title, j.slug, j.employmentType,
			    j.location, j.countryCode, j.remote, j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod,
			    j.postedAt, j.expiresAt)
			from Job j
			where j.company.id = :companyId and j.status = com.jobboard.job.JobStatus.OPEN
			order by j.postedAt desc, j.id desc
			""")
	List<JobSummary> findPublishedByCompany(long companyId);

	/**
	 * A job that has been published (drafts are private), with its company, if that
	 * company is public.
	 */
	@Query("""
			select new com.jobboard.job.JobDetails(j.id, j.slug, j.title, j.employmentType, j.location, j.countryCode,
			    j.remote, j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod, j.descriptionHtml, j.applyUrl,
			    j.applyEmail, j.status, j.postedAt, j.expiresAt, j.updatedAt, c.id, c.slug, c.name, c.logoId, c.website,
			    j.streetAddress, j.postalCode, j.region, c.socialLinks.linkedin, c.socialLinks.x, c.socialLinks.facebook,
			    c.socialLinks.instagram, c.socialLinks.github, c.socialLinks.youtube, j.applyOnSite)
			from Job j join j.company c
			where j.id = :id and j.status <> com.jobboard.job.JobStatus.DRAFT
			    and c.status = com.jobboard.company.CompanyStatus.ACTIVE
			""")
	Optional<JobDetails> findPublishedDetails(long id);

	@Query("""
			select j.company.id, count(j) from Job j
			where j.company.id in :companyIds and """ + OpenNow.JPQL + """
			group by j.company.id
			""")
	List<Object[]> countOpenByCompany(Collection<Long> companyIds, Instant now);

	/** A job with its company, for the job form. */
	@EntityGraph(attributePaths = "company")
	Optional<Job> findWithCompanyById(long id);

	/**
	 * The published jobs of public companies among the given ids, as
	 * {@link #findPublishedDetails} reads one.
	 */
	@Query("""
			select new com.jobboard.job.JobDetails(j.id, j.slug, j.title, j.employmentType, j.location, j.countryCode,
			    j.remote, j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod, j.descriptionHtml, j.applyUrl,
			    j.applyEmail, j.status, j.postedAt, j.expiresAt, j.updatedAt, c.id, c.slug, c.name, c.logoId, c.website,
			    j.streetAddress, j.postalCode, j.region, c.socialLinks.linkedin, c.socialLinks.x, c.socialLinks.facebook,
			    c.socialLinks.instagram, c.socialLinks.github, c.socialLinks.youtube, j.applyOnSite)
			from Job j join j.company c
			where j.id in :ids and j.status <> com.jobboard.job.JobStatus.DRAFT
			    and c.status = com.jobboard.company.CompanyStatus.ACTIVE
			""")
	List<JobDetails> findPublishedDetailsByIdIn(Collection<Long> ids);

	/**
	 * Every job, newest first, for admins: optionally only those in one status as people
	 * see it ({@code status} is a {@link JobStatus} name or empty; EXPIRED includes open
	 * jobs past their expiry, OPEN excludes them) and with a word in the title.
	 */
	@Query(value = """
			select new com.jobboard.job.JobAdminRow(j.id, j.title, j.slug, j.status, j.postedAt, j.expiresAt,
			    j.createdAt, c.id, c.name, c.status = com.jobboard.company.CompanyStatus.ACTIVE)
			from Job j join j.company c
			where lower(j.title) like :titlePattern escape '\\'
			""" + STATUS_FILTER + """
			order by j.createdAt desc, j.id desc
			""", countQuery = """
			select count(j) from Job j
			where lower(j.title) like :titlePattern escape '\\'
			""" + STATUS_FILTER)
	Page<JobAdminRow> findForAdmin(String titlePattern, String status, Instant now, Pageable pageable);

	/** The jobs of one company, newest first, filtered as {@link #findForAdmin}. */
	@Query(value = """
			select new com.jobboard.job.JobAdminRow(j.id, j.title, j.slug, j.status, j.postedAt, j.expiresAt,
			    j.createdAt, c.id, c.name, c.status = com.jobboard.company.CompanyStatus.ACTIVE)
			from Job j join j.company c
			where c.id = :companyId and lower(j.title) like :titlePattern escape '\\'
			""" + STATUS_FILTER + """
			order by j.createdAt desc, j.id desc
			""", countQuery = """
			select count(j) from Job j
			where j.company.id = :companyId and lower(j.title) like :titlePattern escape '\\'
			""" + STATUS_FILTER)
	Page<JobAdminRow> findForAdminByCompany(long companyId, String titlePattern, String status, Instant now,
			Pageable pageable);

	/** The company the job belongs to, without loading the job. */
	@Query("select j.company.id from Job j where j.id = :id")
	Optional<Long> findCompanyIdById(long id);

	/** How many jobs are open now, of any company. */
	@Query("select count(j) from Job j where" + OpenNow.JPQL)
	long countOpen(Instant now);

	@Query("""
			select new com.jobboard.job.JobHeadline(j.id, j.slug, j.title, j.company.id, j.status)
			from Job j where j.id in :ids
			""")
	List<JobHeadline> findHeadlinesByIdIn(Collection<Long> ids);

}
