package com.jobboard.api;

import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/companies}: the public companies, read only. */
@RestController
@RequestMapping(path = "/api/companies", produces = MediaType.APPLICATION_JSON_VALUE)
class CompanyApiController {

	private final ApiCompanies companies;

	private final ApiLinks links;

	CompanyApiController(ApiCompanies companies, ApiLinks links) {
		this.companies = companies;
		this.links = links;
	}

	@GetMapping
	ResponseEntity<ApiPage<CompanySummaryJson>> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String sector, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size, HttpServletRequest request) {
		ApiPaging paging = new ApiPaging(page, size);
		return ApiResponses
			.ok(ApiPage.of(this.companies.search(q, sector, paging), paging, this.links.pagesOf(request)));
	}

	/**
	 * A slug the company used before answers 301 with the current address, as the profile
	 * page does.
	 */
	@GetMapping("/{slug}")
	ResponseEntity<CompanyJson> company(@PathVariable String slug) {
		return this.companies.find(slug).map(ApiResponses::ok).orElseGet(() -> {
			String current = this.companies.movedTo(slug)
				.orElseThrow(() -> new NotFoundException("There is no public company with the slug '" + slug + "'."));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, current)
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
				.build();
		});
	}

}
