package com.jobboard.applications;

import com.jobboard.security.CurrentUser;
import com.jobboard.web.Messages;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins erase everything stored about one e-mail address (a GDPR request), in one
 * action.
 */
@Controller
class ErasureController {

	static final String PATH = "/admin/applications/erasure";

	private final Retention retention;

	private final CurrentUser currentUser;

	private final Messages messages;

	ErasureController(Retention retention, CurrentUser currentUser, Messages messages) {
		this.retention = retention;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ModelAndView form() {
		this.currentUser.requireAdmin();
		return new ModelAndView("applications/erasure").addObject("erasureForm", new ErasureForm());
	}

	@PostMapping(PATH)
	ModelAndView erase(@Valid @ModelAttribute ErasureForm erasureForm, BindingResult errors,
			RedirectAttributes redirect) {
		this.currentUser.requireAdmin();
		if (errors.hasErrors()) {
			ModelAndView page = new ModelAndView("applications/erasure");
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		int deleted = this.retention.erase(erasureForm.getEmail());
		redirect.addFlashAttribute("message", this.messages.get("applications.erasure.done", deleted));
		return new ModelAndView("redirect:" + PATH);
	}

}
