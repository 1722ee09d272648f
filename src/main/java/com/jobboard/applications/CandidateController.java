package com.jobboard.applications;

import java.util.List;

import com.jobboard.web.Messages;
import com.jobboard.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's applications through the private link from their confirmation mail; no
 * account needed.
 */
@Controller
class CandidateController {

	private final CandidateApplications applications;

	private final Messages messages;

	CandidateController(CandidateApplications applications, Messages messages) {
		this.applications = applications;
		this.messages = messages;
	}

	/** The address of the private link (relative; mails make it absolute). */
	static String path(String token) {
		return "/my-applications/" + token;
	}

	@GetMapping("/my-applications/{token}")
	ModelAndView list(@PathVariable String token) {
		List<CandidateApplications.Row> rows = this.applications.of(token)
			.orElseThrow(() -> new NotFoundException("No such link"));
		return new ModelAndView("applications/mine").addObject("rows", rows).addObject("token", token);
	}

	@PostMapping("/my-applications/{token}/withdraw")
	String withdraw(@PathVariable String token, @RequestParam long application, RedirectAttributes redirect) {
		boolean remaining = this.applications.withdraw(token, application)
			.orElseThrow(() -> new NotFoundException("No such application for this link"));
		redirect.addFlashAttribute("message", this.messages.get("applications.mine.withdrawn"));
		return remaining ? "redirect:" + path(token) : "redirect:/my-applications/withdrawn";
	}

	@GetMapping("/my-applications/withdrawn")
	String withdrawn() {
		return "applications/withdrawn";
	}

}
