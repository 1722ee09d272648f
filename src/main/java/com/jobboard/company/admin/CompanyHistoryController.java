package com.jobboard.company.admin;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.PageNumbers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The revisions of a company profile, what changed between two, and going back to one.
 * Admins only: revisions name everyone who edited the profile, admins included.
 */
@Controller
@RequestMapping("/admin/companies/{id}/history")
class CompanyHistoryController {

	private final CompanyHistory history;

	private final RevisionRestorer restorer;

	private final FormAnswers answers;

	private final CurrentUser currentUser;

	CompanyHistoryController(CompanyHistory history, RevisionRestorer restorer, FormAnswers answers,
			CurrentUser currentUser) {
		this.history = history;
		this.restorer = restorer;
		this.answers = answers;
		this.currentUser = currentUser;
	}

	@GetMapping
	String history(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("history", this.history.page(id, PageNumbers.toIndex(page)));
		return "companies/admin/history";
	}

	@GetMapping("/diff")
	String diff(@PathVariable long id, @RequestParam(required = false) Long from, @RequestParam long to, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("comparison", this.history.diff(id, from, to));
		return "companies/admin/diff";
	}

	@PostMapping("/{revisionId}/restore")
	ModelAndView restore(@PathVariable long id, @PathVariable long revisionId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		SignedInUser user = this.currentUser.requireAdmin();
		return this.answers.redirect(this.restorer.restore(id, revisionId, version, user),
				"/admin/companies/" + id + "/edit", "/admin/companies/" + id + "/history", redirect);
	}

}
