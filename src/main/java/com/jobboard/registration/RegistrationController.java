package com.jobboard.registration;

import com.jobboard.security.CurrentUser;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public employer sign-up form, and the page that confirms it was received. */
@Controller
@RequestMapping("/employers/register")
class RegistrationController {

	private static final String FORM_VIEW = "registration/register";

	private final EmployerRegistration registration;

	private final RegistrationFormRules rules;

	private final CurrentUser currentUser;

	private final FormAnswers answers;

	RegistrationController(EmployerRegistration registration, RegistrationFormRules rules, CurrentUser currentUser,
			FormAnswers answers) {
		this.registration = registration;
		this.rules = rules;
		this.currentUser = currentUser;
		this.answers = answers;
	}

	@InitBinder("registrationForm")
	void checkForm(WebDataBinder binder) {
		binder.addValidators(this.rules);
	}

	@GetMapping
	String form(Model model) {
		if (this.currentUser.get().isPresent()) {
			return "redirect:/admin";
		}
		model.addAttribute(new RegistrationForm());
		return FORM_VIEW;
	}

	@PostMapping
	ModelAndView register(@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		EmployerRegistration.Outcome outcome = this.registration.register(registrationForm, errors,
				request.getRemoteAddr());
		FormOutcome<Void> answer = switch (outcome.result()) {
			case ACCEPTED -> FormOutcome.saved(null, null);
			case LIMITED -> FormOutcome.limited(null, outcome.decision().retryAfter().toSeconds());
			case INVALID -> FormOutcome.invalid(null);
		};
		registrationForm.forgetPasswords();
		return this.answers.answer(answer, (none) -> "/employers/register/received",
				(none) -> new ModelAndView(FORM_VIEW), redirect, response);
	}

	@GetMapping("/received")
	String received() {
		return "registration/received";
	}

}
