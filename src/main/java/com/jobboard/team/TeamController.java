package com.jobboard.team;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company's team page, for its members and admins: who is in the team and what they
 * did; and the owners' changes (roles, removals, handing ownership on). Invitations have
 * their own controller. Who may do what is declared on each method
 * ({@link CompanyAccess}).
 */
@Controller
class TeamController {

	static final String VIEW = "team/team";

	private final Team team;

	private final TeamPages pages;

	private final CurrentUser currentUser;

	private final CompanySwitcher switcher;

	private final FormAnswers answers;

	TeamController(Team team, TeamPages pages, CurrentUser currentUser, CompanySwitcher switcher, FormAnswers answers) {
		this.team = team;
		this.pages = pages;
		this.currentUser = currentUser;
		this.switcher = switcher;
		this.answers = answers;
	}

	@GetMapping("/admin/companies/{id}/team")
	@PreAuthorize("@companyAccess.canViewTeam(#id)")
	ModelAndView page(@PathVariable long id) {
		return this.pages.page(id, HttpStatus.OK);
	}

	@PostMapping("/admin/companies/{id}/team/members/{userId}/role")
	@PreAuthorize("@companyAccess.canManageTeam(#id)")
	ModelAndView changeRole(@PathVariable long id, @PathVariable long userId,
			@RequestParam(defaultValue = "") String role, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<TeamRole> chosen = parseRole(role);
		if (chosen.isEmpty()) {
			return this.pages.refused(id, HttpStatus.UNPROCESSABLE_CONTENT, "team.error.roleRequired");
		}
		return change(id, redirect, response,
				() -> Notice.of("team.done.roleChanged",
						this.team.changeRole(id, userId, chosen.get(), this.currentUser.require()),
						new DefaultMessageSourceResolvable("team.role." + chosen.get().name())));
	}

	@PostMapping("/admin/companies/{id}/team/members/{userId}/remove")
	@PreAuthorize("@companyAccess.canManageTeam(#id)")
	ModelAndView remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(id, redirect, response,
				() -> Notice.of("team.done.removed", this.team.remove(id, userId, this.currentUser.require())));
	}

	@PostMapping("/admin/companies/{id}/team/members/{userId}/transfer")
	@PreAuthorize("@companyAccess.canManageTeam(#id)")
	ModelAndView transfer(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(id, redirect, response, () -> Notice.of("team.done.transferred",
				this.team.transferOwnership(id, userId, this.currentUser.require())));
	}

	/** A member leaves the team; the last owner cannot. */
	@PostMapping("/admin/companies/{id}/team/leave")
	@PreAuthorize("@companyAccess.isMember(#id)")
	ModelAndView leave(@PathVariable long id, RedirectAttributes redirect, HttpServletResponse response) {
		SignedInUser user = this.currentUser.require();
		return this.answers.answer(carryOut(id, () -> {
			this.team.remove(id, user.id(), user);
			return Notice.of("team.done.left");
		}), (company) -> "/admin", (company) -> this.pages.page(company, HttpStatus.OK), redirect, response);
	}

	/** The header's company switcher: a company whose team one is in. */
	@PostMapping("/admin/current-company")
	@PreAuthorize("@companyAccess.isMember(#companyId)")
	String switchCompany(@RequestParam long companyId, HttpServletRequest request) {
		if (!this.switcher.choose(companyId, request)) {
			// Removed from the team between the check and here.
			throw new AccessDeniedException("Not in the team of company " + companyId);
		}
		return "redirect:/admin";
	}

	/**
	 * Carries out an owner's change, and answers with the team page (409 with the message
	 * when the rules refuse it).
	 */
	private ModelAndView change(long id, RedirectAttributes redirect, HttpServletResponse response,
			Supplier<Notice> change) {
		return this.answers.answer(carryOut(id, change), TeamController::teamPath,
				(company) -> this.pages.page(company, HttpStatus.OK), redirect, response);
	}

	/** Done, or refused by the team's rules: a conflict with the team as it is. */
	static FormOutcome<Long> carryOut(long companyId, Supplier<Notice> change) {
		try {
			return FormOutcome.saved(companyId, change.get());
		}
		catch (TeamRuleViolation refused) {
			return FormOutcome.conflict(companyId, null, Notice.of(refused.code(), refused.arguments()));
		}
	}

	static String teamPath(long companyId) {
		return "/admin/companies/" + companyId + "/team";
	}

	private static Optional<TeamRole> parseRole(String value) {
		for (TeamRole role : TeamRole.values()) {
			if (role.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
