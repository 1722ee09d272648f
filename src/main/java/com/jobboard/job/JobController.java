package com.jobboard.job;

import java.util.List;

import com.jobboard.views.PageViews;
import com.jobboard.views.ViewSubject;
import com.jobboard.web.FeedLink;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.PageMeta;
import com.jobboard.web.PageNumbers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public job pages. */
@Controller
class JobController {

	private final JobBoard board;

	private final JobTexts texts;

	private final PageViews pageViews;

	JobController(JobBoard board, JobTexts texts, PageViews pageViews) {
		this.board = board;
		this.texts = texts;
		this.pageViews = pageViews;
	}

	@InitBinder("jobSearch")
	void forgiveUnknownFilterValues(WebDataBinder binder) {
		JobSearchBinding.forgiveUnknownValues(binder);
	}

	/** Keyword searches list the best matches first unless the visitor chose an order. */
	@GetMapping("/jobs")
	String list(JobSearch jobSearch, @RequestParam(name = "sort", required = false) String sort,
			@RequestParam(defaultValue = "1") int page, Model model) {
		JobSearch search = (!jobSearch.q().isEmpty() && !JobSearchBinding.isSort(sort))
				? jobSearch.withSort(JobSort.RELEVANCE) : jobSearch;
		model.addAttribute("search", search);
		model.addAttribute("results", this.board.listings(search, PageNumbers.toIndex(page)));
		model.addAttribute("sectors", this.board.sectors());
		model.addAttribute("types", EmploymentType.values());
		model.addAttribute(FeedLink.MODEL_ATTRIBUTE, List.of(JobFeeds.link(search)));
		return "jobs/list";
	}

	/**
	 * Without its slug, or with an old one, a job's address moves permanently to its
	 * canonical one.
	 */
	@GetMapping({ "/jobs/{id:\\d+}", "/jobs/{id:\\d+}/{slug}" })
	Object job(@PathVariable long id, @PathVariable(required = false) String slug, Model model,
			HttpServletRequest request) {
		JobPage page = this.board.page(id).orElseThrow(() -> new NotFoundException("No job " + id));
		JobDetails job = page.job();
		if (!job.slug().equals(slug)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, job.path()).build();
		}
		model.addAttribute("job", job);
		// Counted like a profile view (not HEAD, bots, prefetches or the company's own
		// people), open or closed.
		this.pageViews.count(request, ViewSubject.JOB, job.id(), job.companyId());
		model.addAttribute("open", page.open());
		model.addAttribute("excerpt", page.excerpt());
		// For the meta description (fragment parameters may not call beans).
		model.addAttribute("facts", this.texts.facts(job));
		model.addAttribute(PageMeta.MODEL_ATTRIBUTE, page.meta());
		// A closed job's page stays (200) for people who saved the link, but leaves
		// search engines' indexes.
		model.addAttribute("noindex", !page.open());
		return "jobs/job";
	}

}
