package com.jobboard.job;

import java.util.List;

import com.jobboard.web.FeedLink;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.PageNumbers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public job pages. */
@Controller
class JobController {

	private final JobBoard board;

	JobController(JobBoard board) {
		this.board = board;
	}

	@GetMapping("/jobs")
	String list(JobSearch search, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("results", this.board.search(search, PageNumbers.toIndex(page)));
		model.addAttribute("q", search.q());
		model.addAttribute(FeedLink.MODEL_ATTRIBUTE, List.of(JobFeeds.link(search)));
		return "jobs/list";
	}

	/** Without its slug, or with an old one, a job's address moves permanently to its canonical one. */
	@GetMapping({ "/jobs/{id:\\d+}", "/jobs/{id:\\d+}/{slug}" })
	Object job(@PathVariable long id, @PathVariable(required = false) String slug, Model model) {
		JobDetails job = this.board.published(id).orElseThrow(() -> new NotFoundException("No job " + id));
		if (!job.slug().equals(slug)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, job.path()).build();
		}
		model.addAttribute("job", job);
		boolean open = job.isOpenAt(this.board.now());
		model.addAttribute("open", open);
		model.addAttribute("noindex", !open);
		return "jobs/job";
	}

}
