package com.jobboard.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.markdown.MarkdownRenderer;

import org.springframework.stereotype.Component;

/**
 * Makes companies and jobs with unique slugs, so tests sharing one database never
 * collide. Import it with {@code @Import(TestCompanies.class)} or use
 * {@link IntegrationTest}, which scans it.
 */
@Component
public class TestCompanies {

	private final CompanyRepository companies;

	private final JobRepository jobs;

	private final MarkdownRenderer markdown;

	public TestCompanies(CompanyRepository companies, JobRepository jobs, MarkdownRenderer markdown) {
		this.companies = companies;
		this.jobs = jobs;
		this.markdown = markdown;
	}

	/** A public company named after the prefix, with a unique slug. */
	public Company company(String namePrefix) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Company company = new Company(namePrefix.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + suffix,
				namePrefix + " " + suffix);
		return this.companies.save(company);
	}

	/** A public company with a description. */
	public Company company(String namePrefix, String descriptionMarkdown) {
		Company company = company(namePrefix);
		company.describe(descriptionMarkdown, this.markdown.toSafeHtml(descriptionMarkdown));
		return this.companies.save(company);
	}

	public Company save(Company company) {
		return this.companies.save(company);
	}

	/**
	 * A job of the company in the given status; OPEN and later jobs were posted a day
	 * ago.
	 */
	public Job job(Company company, String title, JobStatus status, Instant expiresAt) {
		Job job = new Job(company, title, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), EmploymentType.FULL_TIME);
		job.setStatus(status);
		if (status != JobStatus.DRAFT) {
			job.setPostedAt(Instant.now().minus(Duration.ofDays(1)));
		}
		job.setExpiresAt(expiresAt);
		return this.jobs.save(job);
	}

}
