package com.jobboard.applications;

import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Apply form of an open job that takes applications on the site, and the page after
 * it. It has a page of its own (linked from the job's page) so that the job's page stays
 * the same for everyone, cacheable and without a session, while this form carries its
 * CSRF token.
 */
@Controller
class ApplyController {

	private static final String FORM_VIEW = "applications/apply";

	private static final String CLOSED_VIEW = "applications/closed";

	private final Applying applying;

	private final ApplicationSettings settings;

	private final FormAnswers answers;

	ApplyController(Applying applying, ApplicationSettings settings, FormAnswers answers) {
		this.applying = applying;
		this.settings = settings;
		this.answers = answers;
	}

	@GetMapping("/jobs/{id:\\d+}/apply")
	ModelAndView form(@PathVariable long id) {
		ApplyTarget target = target(id);
		if (!target.takesApplications()) {
			return closed(target);
		}
		return formPage(target, new ApplyForm(), HttpStatus.OK);
	}

	@PostMapping("/jobs/{id:\\d+}/apply")
	ModelAndView apply(@PathVariable long id, @Valid @ModelAttribute ApplyForm applyForm, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		ApplyTarget target = target(id);
		Applying.Outcome outcome = this.applying.apply(id, applyForm, errors, request.getRemoteAddr());
		if (outcome.result() == Applying.Result.CLOSED) {
			// The job closed while the form was open: its own page, not the form.
			return closed(target);
		}
		FormOutcome<Void> answer = (outcome.result() == Applying.Result.ACCEPTED) ? FormOutcome.saved(null, null)
				: (outcome.result() == Applying.Result.LIMITED)
						? FormOutcome.limited(null, outcome.decision().retryAfter().toSeconds())
						: FormOutcome.invalid(null);
		return this.answers.answer(answer, (none) -> "/jobs/" + id + "/apply/sent",
				(none) -> formPage(target, applyForm, HttpStatus.OK), redirect, response);
	}

	@GetMapping("/jobs/{id:\\d+}/apply/sent")
	ModelAndView sent(@PathVariable long id) {
		return new ModelAndView("applications/sent").addObject("target", target(id));
	}

	private ApplyTarget target(long id) {
		return this.applying.target(id).orElseThrow(() -> new NotFoundException("No published job " + id));
	}

	private ModelAndView formPage(ApplyTarget target, ApplyForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(FORM_VIEW).addObject("target", target)
			.addObject("applyForm", form)
			.addObject("retentionDays", this.settings.retention().toDays());
		page.setStatus(status);
		return page;
	}

	/**
	 * A job that does not take applications: a page that says so (410 once it closed).
	 */
	private static ModelAndView closed(ApplyTarget target) {
		ModelAndView page = new ModelAndView(CLOSED_VIEW).addObject("target", target);
		page.setStatus(target.open() ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
		return page;
	}

}
