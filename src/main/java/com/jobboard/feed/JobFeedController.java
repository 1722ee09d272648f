package com.jobboard.feed;

import java.time.Duration;
import java.util.Locale;

import com.jobboard.job.JobSearch;
import com.jobboard.job.JobSearchBinding;
import com.jobboard.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Atom feeds of open jobs; their ETags come from the {@code web} feature's filter.
 */
@Controller
class JobFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** Feed readers poll; a few minutes of staleness costs nobody anything. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final AtomFeeds feeds;

	JobFeedController(AtomFeeds feeds) {
		this.feeds = feeds;
	}

	/**
	 * A feed address takes filter values as the job list does: one it does not know
	 * filters nothing.
	 */
	@InitBinder("jobSearch")
	void forgiveUnknownFilterValues(WebDataBinder binder) {
		JobSearchBinding.forgiveUnknownValues(binder);
	}

	/** Takes the same filters as {@code /jobs}; always newest first. */
	@GetMapping("/jobs/feed.atom")
	ResponseEntity<byte[]> jobs(JobSearch search, Locale locale) {
		return atom(this.feeds.search(search, locale));
	}

	@GetMapping("/companies/{slug}/jobs.atom")
	ResponseEntity<byte[]> company(@PathVariable String slug, Locale locale) {
		return this.feeds.company(slug, locale).map(JobFeedController::atom).orElseGet(() -> {
			// A slug the company used before leads to its current feed, as its profile
			// does.
			String current = this.feeds.movedTo(slug).orElseThrow(() -> new NotFoundException("No company at " + slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, current)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.build();
		});
	}

	private static ResponseEntity<byte[]> atom(AtomFeed feed) {
		return ResponseEntity.ok().contentType(ATOM).cacheControl(CACHE).body(AtomWriter.write(feed));
	}

}
