package com.jobboard.registration;

import java.util.Locale;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.PageNumbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' queue of employer sign-ups: approve or reject each. Admins only. */
@Controller
@RequestMapping("/admin/approvals")
class ApprovalsController {

	private final Approvals approvals;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	ApprovalsController(Approvals approvals, CurrentUser currentUser, MessageSource messages) {
		this.approvals = approvals;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@ModelAttribute
	void adminPagesAreNotIndexed(Model model) {
		model.addAttribute("noindex", true);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("waiting", this.approvals.waiting(PageNumbers.toIndex(page)));
		model.addAttribute("decisions", this.approvals.recentDecisions());
		return "registration/approvals";
	}

	@PostMapping("/{accountId:\\d+}/approve")
	String approve(@PathVariable long accountId, Locale locale, RedirectAttributes redirect) {
		SignedInUser admin = this.currentUser.requireAdmin();
		return done(this.approvals.approve(accountId, admin), locale, redirect);
	}

	@PostMapping("/{accountId:\\d+}/reject")
	String reject(@PathVariable long accountId, Locale locale, RedirectAttributes redirect) {
		SignedInUser admin = this.currentUser.requireAdmin();
		return done(this.approvals.reject(accountId, admin), locale, redirect);
	}

	private String done(Approvals.Outcome outcome, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute(outcome.done() ? "message" : "errorMessage",
				this.messages.getMessage(outcome.messageKey(), outcome.arguments(), locale));
		return "redirect:/admin/approvals";
	}

}
