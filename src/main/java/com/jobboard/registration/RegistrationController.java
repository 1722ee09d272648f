package com.jobboard.registration;

import com.jobboard.security.CurrentUser;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public employer sign-up form, and the page that confirms it was received. */
@Controller
@RequestMapping("/employers/register")
class RegistrationController {

	private static final String FORM_VIEW = "registration/register";

	private final EmployerRegistration registration;

	private final RegistrationFormRules rules;

	private final CurrentUser currentUser;

	RegistrationController(EmployerRegistration registration, RegistrationFormRules rules, CurrentUser currentUser) {
		this.registration = registration;
		this.rules = rules;
		this.currentUser = currentUser;
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
	String register(@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response) {
		EmployerRegistration.Outcome outcome = this.registration.register(registrationForm, errors,
				request.getRemoteAddr());
		switch (outcome.result()) {
			case ACCEPTED -> {
				return "redirect:/employers/register/received";
			}
			case LIMITED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, outcome.decision().retryAfterSeconds());
			}
			case INVALID -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		registrationForm.forgetPasswords();
		return FORM_VIEW;
	}

	@GetMapping("/received")
	String received() {
		return "registration/received";
	}

}
