package com.jobboard.stats;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A company's view statistics, for admins and the company's team
 * ({@code @companyAccess}): the page with its chart and table, and the same daily figures
 * as CSV.
 */
@Controller
class StatsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CompanyStats stats;

	private final CurrentUser currentUser;

	private final JobStats jobStats;

	StatsController(CompanyStats stats, CurrentUser currentUser, JobStats jobStats) {
		this.stats = stats;
		this.currentUser = currentUser;
		this.jobStats = jobStats;
	}

	/**
	 * One job's views, applications on the site and the share of visitors who applied,
	 * per day.
	 */
	@GetMapping("/admin/jobs/{id}/stats")
	@PreAuthorize("@companyAccess.canEditJob(#id)")
	ModelAndView jobPage(@PathVariable long id, @RequestParam(defaultValue = "30") String days) {
		Optional<StatsPeriod> period = period(days);
		StatsPeriod shown = period.orElseGet(() -> period(Integer.toString(StatsPeriod.DEFAULT_LENGTH)).orElseThrow());
		JobStats.JobFigures figures = this.jobStats.of(id, shown)
			.orElseThrow(() -> new NotFoundException("No job " + id));
		SignedInUser user = this.currentUser.require();
		ModelAndView page = new ModelAndView("stats/job").addObject("stats", figures)
			.addObject("lengths", StatsPeriod.LENGTHS)
			.addObject("admin", user.isAdmin());
		if (period.isEmpty()) {
			page.addObject("invalidDays", days).setStatus(HttpStatus.BAD_REQUEST);
		}
		return page;
	}

	@GetMapping("/admin/companies/{id}/stats")
	@PreAuthorize("@companyAccess.canEdit(#id)")
	ModelAndView page(@PathVariable long id, @RequestParam(defaultValue = "30") String days) {
		SignedInUser user = this.currentUser.require();
		Optional<StatsPeriod> period = period(days);
		CompanyStats.CompanyViews views = this.stats
			.of(id, period.orElseGet(() -> period(Integer.toString(StatsPeriod.DEFAULT_LENGTH)).orElseThrow()))
			.orElseThrow(() -> new NotFoundException("No company " + id));
		ModelAndView page = new ModelAndView("stats/company").addObject("stats", views)
			.addObject("lengths", StatsPeriod.LENGTHS)
			.addObject("admin", user.isAdmin());
		if (period.isEmpty()) {
			// A length nobody offered (an edited address): say which ones there are, and
			// show no figures.
			page.addObject("invalidDays", days).setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return page.addObject("chart", ViewsChart.of(views.days()));
	}

	@GetMapping("/admin/companies/{id}/stats.csv")
	@PreAuthorize("@companyAccess.canEdit(#id)")
	ResponseEntity<String> csv(@PathVariable long id, @RequestParam(defaultValue = "30") String days) {
		Optional<StatsPeriod> period = period(days);
		if (period.isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body("days must be one of " + StatsPeriod.LENGTHS + "\n");
		}
		CompanyStats.CompanyViews views = this.stats.of(id, period.get())
			.orElseThrow(() -> new NotFoundException("No company " + id));
		String filename = "views-" + views.company().slug() + "-" + period.get().from() + "-to-" + period.get().to()
				+ ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(StatsCsv.of(views.days()));
	}

	private Optional<StatsPeriod> period(String days) {
		try {
			return StatsPeriod.ending(this.stats.today(), Integer.parseInt(days.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
