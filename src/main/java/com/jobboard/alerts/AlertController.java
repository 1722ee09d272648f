package com.jobboard.alerts;

import java.util.Locale;

import com.jobboard.job.JobSearchBinding;
import com.jobboard.limits.ActionLimits;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Signing up: saving a search of {@code /jobs} as an alert, and following a company. The
 * sign-up pages have their own address (the job list and the profile are shared, cached pages,
 * which cannot carry a form's CSRF token); {@code /jobs} and the profile link to them.
 */
@Controller
class AlertController {

	private static final String SEARCH_VIEW = "alerts/new";

	private static final String FOLLOW_VIEW = "alerts/follow";

	private final AlertSignUp signUp;

	private final AlertStore store;

	private final AlertTitles titles;

	AlertController(AlertSignUp signUp, AlertStore store, AlertTitles titles) {
		this.signUp = signUp;
		this.store = store;
		this.titles = titles;
	}

	@InitBinder("alertForm")
	void forgiveSearchValues(WebDataBinder binder) {
		// The search comes from /jobs links and bookmarks: unknown values leave a filter off, as there.
		JobSearchBinding.forgiveUnknownValues(binder);
	}

	@ModelAttribute("frequencies")
	AlertFrequency[] frequencies() {
		return AlertFrequency.values();
	}

	@GetMapping("/alerts/new")
	String searchForm(@ModelAttribute AlertForm alertForm, Model model, Locale locale) {
		return searchPage(alertForm, model, locale);
	}

	@PostMapping("/alerts/new")
	String saveSearch(@Valid @ModelAttribute AlertForm alertForm, BindingResult errors, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		AlertSignUp.Outcome outcome = this.signUp.saveSearch(alertForm, errors, request.getRemoteAddr(), locale);
		if (outcome.result() == AlertSignUp.Result.ACCEPTED) {
			return "redirect:/alerts/sent";
		}
		refused(outcome, response);
		return searchPage(alertForm, model, locale);
	}

	@GetMapping("/companies/{slug}/follow")
	String followForm(@PathVariable String slug, Model model) {
		model.addAttribute("company", company(slug));
		model.addAttribute(new AlertForm());
		return FOLLOW_VIEW;
	}

	@PostMapping("/companies/{slug}/follow")
	String follow(@PathVariable String slug, @Valid @ModelAttribute AlertForm alertForm, BindingResult errors,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		AlertStore.FollowedCompany company = company(slug);
		AlertSignUp.Outcome outcome = this.signUp.follow(company, alertForm, errors, request.getRemoteAddr(), locale);
		if (outcome.result() == AlertSignUp.Result.ACCEPTED) {
			return "redirect:/alerts/sent";
		}
		refused(outcome, response);
		model.addAttribute("company", company);
		return FOLLOW_VIEW;
	}

	@GetMapping("/alerts/sent")
	String sent() {
		return "alerts/sent";
	}

	private String searchPage(AlertForm form, Model model, Locale locale) {
		String sectorName = form.getSector().isEmpty() ? null
				: this.store.sector(form.getSector()).map(AlertStore.Sector::name).orElse(form.getSector());
		model.addAttribute("searchTitle", this.titles.ofSearch(form.getQ(), form.getLocation(), sectorName,
				(form.getType() != null) ? form.getType().name() : null, form.remoteOnly(), locale));
		return SEARCH_VIEW;
	}

	private static void refused(AlertSignUp.Outcome outcome, HttpServletResponse response) {
		if (outcome.result() == AlertSignUp.Result.LIMITED) {
			ActionLimits.Decision decision = outcome.decision();
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds());
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

	private AlertStore.FollowedCompany company(String slug) {
		return this.store.publicCompany(slug).orElseThrow(() -> new NotFoundException("No company at " + slug));
	}

}
