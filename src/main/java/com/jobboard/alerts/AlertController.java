package com.jobboard.alerts;

import java.util.Locale;

import com.jobboard.job.JobSearchBinding;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing up: saving a search of {@code /jobs} as an alert, and following a company. The
 * sign-up pages have their own address (the job list and the profile are shared, cached
 * pages, which cannot carry a form's CSRF token); {@code /jobs} and the profile link to
 * them.
 */
@Controller
class AlertController {

	private static final String SEARCH_VIEW = "alerts/new";

	private static final String FOLLOW_VIEW = "alerts/follow";

	private static final String SENT_PATH = "/alerts/sent";

	private final AlertSignUp signUp;

	private final AlertStore store;

	private final AlertTitles titles;

	private final FormAnswers answers;

	AlertController(AlertSignUp signUp, AlertStore store, AlertTitles titles, FormAnswers answers) {
		this.signUp = signUp;
		this.store = store;
		this.titles = titles;
		this.answers = answers;
	}

	@InitBinder("alertForm")
	void forgiveSearchValues(WebDataBinder binder) {
		// The search comes from /jobs links and bookmarks: unknown values leave a filter
		// off, as there.
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
	ModelAndView saveSearch(@Valid @ModelAttribute AlertForm alertForm, BindingResult errors, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		AlertSignUp.Outcome outcome = this.signUp.saveSearch(alertForm, errors, request.getRemoteAddr(), locale);
		return this.answers.answer(outcome(outcome), (none) -> SENT_PATH,
				(none) -> new ModelAndView(searchPage(alertForm, model, locale)), redirect, response);
	}

	@GetMapping("/companies/{slug}/follow")
	String followForm(@PathVariable String slug, Model model) {
		model.addAttribute("company", company(slug));
		model.addAttribute(new AlertForm());
		return FOLLOW_VIEW;
	}

	@PostMapping("/companies/{slug}/follow")
	ModelAndView follow(@PathVariable String slug, @Valid @ModelAttribute AlertForm alertForm, BindingResult errors,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		AlertStore.FollowedCompany company = company(slug);
		AlertSignUp.Outcome outcome = this.signUp.follow(company, alertForm, errors, request.getRemoteAddr(), locale);
		return this.answers.answer(outcome(outcome), (none) -> SENT_PATH,
				(none) -> new ModelAndView(FOLLOW_VIEW).addObject("company", company), redirect, response);
	}

	@GetMapping(SENT_PATH)
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

	private static FormOutcome<Void> outcome(AlertSignUp.Outcome outcome) {
		return switch (outcome.result()) {
			case ACCEPTED -> FormOutcome.saved(null, null);
			case LIMITED -> FormOutcome.limited(null, outcome.decision().retryAfter().toSeconds());
			case INVALID -> FormOutcome.invalid(null);
		};
	}

	private AlertStore.FollowedCompany company(String slug) {
		return this.store.publicCompany(slug).orElseThrow(() -> new NotFoundException("No company at " + slug));
	}

}
