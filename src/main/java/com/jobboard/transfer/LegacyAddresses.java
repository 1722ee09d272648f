package com.jobboard.transfer;

import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where an address of the WordPress board an import came from lives here now. */
@Service
class LegacyAddresses {

	private final ImportSources sources;

	private final CompanyRepository companies;

	private final JobRepository jobs;

	LegacyAddresses(ImportSources sources, CompanyRepository companies, JobRepository jobs) {
		this.sources = sources;
		this.companies = companies;
		this.jobs = jobs;
	}

	/**
	 * A company imported with that slug (or, failing that, ours with that slug), if it is
	 * public.
	 */
	@Transactional(readOnly = true)
	Optional<String> company(String slug) {
		return this.sources.findBySlug(ImportSources.Kind.COMPANY, slug)
			.flatMap(this.companies::findById)
			.or(() -> this.companies.findBySlug(slug))
			.filter(Company::isPublic)
			.map((company) -> "/companies/" + company.getSlug());
	}

	@Transactional(readOnly = true)
	Optional<String> job(String slug) {
		return this.sources.findBySlug(ImportSources.Kind.JOB, slug)
			.flatMap(this.jobs::findById)
			.map(LegacyAddresses::page);
	}

	@Transactional(readOnly = true)
	Optional<String> post(long postId) {
		return this.sources.findJobByPostId(postId).flatMap(this.jobs::findById).map(LegacyAddresses::page);
	}

	private static String page(Job job) {
		return "/jobs/" + job.getId() + "/" + job.getSlug();
	}

}
