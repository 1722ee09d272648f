package com.jobboard.transfer;

import java.net.URI;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses of the WordPress board an import came from keep working: they answer 301 with
 * the address of the same company or job here, so old links and search results land on the
 * right page. An address nothing was imported from is a 404.
 */
@RestController
class LegacyAddressController {

	private final ImportSources sources;

	private final CompanyRepository companies;

	private final JobRepository jobs;

	LegacyAddressController(ImportSources sources, CompanyRepository companies, JobRepository jobs) {
		this.sources = sources;
		this.companies = companies;
		this.jobs = jobs;
	}

	/** WP Job Manager's company pages (with a companies add-on) and WP Job Board Pro's employer pages. */
	@GetMapping({ "/company/{slug}", "/company/{slug}/", "/employer/{slug}", "/employer/{slug}/" })
	@Transactional(readOnly = true)
	ResponseEntity<Void> company(@PathVariable String slug) {
		Optional<Company> company = this.sources.findBySlug(ImportSources.Kind.COMPANY, slug)
			.flatMap(this.companies::findById)
			.or(() -> this.companies.findBySlug(slug));
		return company.filter(Company::isPublic)
			.map((found) -> moved("/companies/" + found.getSlug()))
			.orElseThrow(() -> new NotFoundException("No imported company " + slug));
	}

	@GetMapping({ "/job/{slug}", "/job/{slug}/" })
	@Transactional(readOnly = true)
	ResponseEntity<Void> job(@PathVariable String slug) {
		return this.sources.findBySlug(ImportSources.Kind.JOB, slug)
			.flatMap(this.jobs::findById)
			.map(LegacyAddressController::jobPage)
			.orElseThrow(() -> new NotFoundException("No imported job " + slug));
	}

	/** A WordPress post's short address, as the export's guid has it. */
	@GetMapping(value = "/", params = { "post_type=job_listing", "p" })
	@Transactional(readOnly = true)
	ResponseEntity<Void> post(@RequestParam("p") String postId) {
		if (!postId.matches("^[0-9]{1,18}$")) {
			throw new NotFoundException("Not a post id");
		}
		return this.sources.findJobByPostId(Long.parseLong(postId))
			.flatMap(this.jobs::findById)
			.map(LegacyAddressController::jobPage)
			.orElseThrow(() -> new NotFoundException("No imported post " + postId));
	}

	private static ResponseEntity<Void> jobPage(Job job) {
		return moved("/jobs/" + job.getId() + "/" + job.getSlug());
	}

	private static ResponseEntity<Void> moved(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

}
