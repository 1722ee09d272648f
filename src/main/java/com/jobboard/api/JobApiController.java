package com.jobboard.api;

import com.jobboard.job.JobSearch;
import com.jobboard.job.JobSort;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/jobs}: the open jobs, searched as on {@code /jobs}, and each published job.
 */
@RestController
@RequestMapping(path = "/api/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
class JobApiController {

	private final ApiJobs jobs;

	private final ApiLinks links;

	JobApiController(ApiJobs jobs, ApiLinks links) {
		this.jobs = jobs;
		this.links = links;
	}

	/**
	 * Takes the filters of {@code /jobs} ({@code q}, {@code location}, {@code sector},
	 * {@code type}, {@code remote}, {@code sort}) and, like it, lists keyword matches
	 * best first unless a sort is given.
	 */
	@GetMapping
	ResponseEntity<ApiPage<JobSummaryJson>> list(JobSearch jobSearch,
			@RequestParam(name = "sort", required = false) String sort, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size, HttpServletRequest request) {
		ApiPaging paging = new ApiPaging(page, size);
		JobSearch search = (sort == null && !jobSearch.q().isEmpty()) ? jobSearch.withSort(JobSort.RELEVANCE)
				: jobSearch;
		return ApiResponses.ok(ApiPage.of(this.jobs.search(search, paging), paging, this.links.pagesOf(request)));
	}

	/**
	 * Closed jobs answer too, with status CLOSED; drafts and jobs of hidden companies are
	 * 404.
	 */
	@GetMapping("/{id}")
	ResponseEntity<JobJson> job(@PathVariable long id) {
		return ApiResponses
			.ok(this.jobs.find(id).orElseThrow(() -> new NotFoundException("There is no published job " + id + ".")));
	}

}
