package com.jobboard.applications;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.jobboard.security.CurrentUser;
import com.jobboard.web.PageNumbers;
import com.jobboard.web.Slugs;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The team's inbox: a company's applications and a job's, one application with its CV and
 * history, status changes and a job's CSV. Who may see them is decided by {@link Inbox}
 * (the company's {@code companyAccess}).
 */
@Controller
class InboxController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Inbox inbox;

	private final ApplicationLocator locator;

	private final CurrentUser currentUser;

	private final com.jobboard.web.Messages messages;

	InboxController(Inbox inbox, ApplicationLocator locator, CurrentUser currentUser,
			com.jobboard.web.Messages messages) {
		this.inbox = inbox;
		this.locator = locator;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	static String companyPath(long companyId) {
		return "/admin/companies/" + companyId + "/applications";
	}

	static String detailPath(long applicationId) {
		return "/admin/applications/" + applicationId;
	}

	@GetMapping("/admin/companies/{id}/applications")
	ModelAndView company(@PathVariable long id, @RequestParam(required = false) String job,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page) {
		this.locator.companyExists(id);
		Long jobId = number(job);
		Inbox.Listing listing = this.inbox.list(id, jobId, status(status), PageNumbers.toIndex(page));
		return listPage(listing, jobId, status(status), null);
	}

	@GetMapping("/admin/jobs/{id}/applications")
	ModelAndView job(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page) {
		long companyId = this.locator.companyOfJob(id);
		Inbox.Listing listing = this.inbox.list(companyId, id, status(status), PageNumbers.toIndex(page));
		return listPage(listing, id, status(status), id);
	}

	private static ModelAndView listPage(Inbox.Listing listing, Long jobId, ApplicationStatus status, Long onlyJob) {
		String jobTitle = listing.jobs()
			.stream()
			.filter((choice) -> jobId != null && choice.id() == jobId)
			.map(Inbox.JobChoice::title)
			.findFirst()
			.orElse(null);
		return new ModelAndView("applications/inbox").addObject("listing", listing)
			.addObject("statuses", ApplicationStatus.values())
			.addObject("selectedJob", jobId)
			.addObject("selectedStatus", status)
			.addObject("onlyJob", onlyJob)
			.addObject("jobTitle", jobTitle);
	}

	@GetMapping("/admin/applications/{id}")
	ModelAndView detail(@PathVariable long id) {
		long companyId = this.locator.companyOfApplication(id);
		Inbox.Detail detail = this.inbox.detail(companyId, id);
		StatusForm form = new StatusForm();
		form.setStatus(detail.status());
		form.setVersion(detail.version());
		return detailPage(detail, form, HttpStatus.OK);
	}

	@PostMapping("/admin/applications/{id}/status")
	ModelAndView status(@PathVariable long id, @Valid @ModelAttribute StatusForm statusForm, BindingResult errors,
			RedirectAttributes redirect) {
		long companyId = this.locator.companyOfApplication(id);
		if (this.inbox.changeStatus(companyId, id, statusForm, errors, this.currentUser.require())) {
			redirect.addFlashAttribute("message", this.messages.get("applications.inbox.saved"));
			return new ModelAndView("redirect:" + detailPath(id));
		}
		boolean stale = errors.getGlobalErrors()
			.stream()
			.anyMatch((error) -> "applications.inbox.error.stale".equals(error.getCode()));
		return detailPage(this.inbox.detail(companyId, id), statusForm,
				stale ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static ModelAndView detailPage(Inbox.Detail detail, StatusForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView("applications/detail").addObject("detail", detail)
			.addObject("statusForm", form)
			.addObject("statuses", Arrays.asList(ApplicationStatus.values()));
		page.setStatus(status);
		return page;
	}

	/**
	 * The CV as a download, never shown inline: {@code application/octet-stream}, an
	 * attachment with a safe name (ASCII, and RFC 5987 {@code filename*}),
	 * {@code nosniff} (set for every response) and a sandbox.
	 */
	@GetMapping("/admin/applications/{id}/cv")
	ResponseEntity<byte[]> cv(@PathVariable long id) {
		long companyId = this.locator.companyOfApplication(id);
		Inbox.Cv cv = this.inbox.cv(companyId, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(cv.fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.cacheControl(CacheControl.noStore())
			.body(cv.bytes());
	}

	@GetMapping("/admin/jobs/{id}/applications.csv")
	ResponseEntity<String> csv(@PathVariable long id) {
		long companyId = this.locator.companyOfJob(id);
		Inbox.JobCsv csv = this.inbox.csv(companyId, id);
		String slug = Slugs.slugify(csv.jobTitle());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					attachment("applications-" + id + (slug.isEmpty() ? "" : "-" + slug) + ".csv"))
			.cacheControl(CacheControl.noStore())
			.body(csv.text());
	}

	/**
	 * {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}: every
	 * browser gets a safe name.
	 */
	static String attachment(String fileName) {
		String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(fileName, StandardCharsets.UTF_8);
	}

	private static ApplicationStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			// An unknown filter value (an edited address) is ignored, as on the job list.
			return null;
		}
	}

	private static Long number(String value) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			return null;
		}
		return Long.parseLong(value.strip());
	}

}
