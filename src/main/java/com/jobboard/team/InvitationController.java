package com.jobboard.team;

import java.util.Optional;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.team.InvitationUnavailable.Reason;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.Messages;
import com.jobboard.web.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations: the owners' form on the team page and their revoking, and the link in the
 * mail (/invitations/{token}) where the invited person joins, with a new password or
 * their account.
 */
@Controller
class InvitationController {

	static final String FORM = TeamPages.INVITE_FORM;

	static final String ACCEPT_FORM = "acceptForm";

	private static final String ACCEPT_VIEW = "team/invitation";

	private static final String UNAVAILABLE_VIEW = "team/invitation-unavailable";

	private final Invitations invitations;

	private final TeamPages pages;

	private final CurrentUser currentUser;

	private final FormAnswers answers;

	private final AcceptFormRules acceptFormRules;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	InvitationController(Invitations invitations, TeamPages pages, CurrentUser currentUser, FormAnswers answers,
			AcceptFormRules acceptFormRules) {
		this.invitations = invitations;
		this.pages = pages;
		this.currentUser = currentUser;
		this.answers = answers;
		this.acceptFormRules = acceptFormRules;
	}

	@InitBinder(ACCEPT_FORM)
	void acceptFormBinding(WebDataBinder binder) {
		binder.addValidators(this.acceptFormRules);
	}

	@PostMapping("/admin/companies/{id}/team/invitations")
	@PreAuthorize("@companyAccess.canManageTeam(#id)")
	ModelAndView invite(@PathVariable long id, @Valid @ModelAttribute(FORM) InviteForm inviteForm, BindingResult errors,
			RedirectAttributes redirect, HttpServletResponse response) {
		Invitations.Sent sent = this.invitations.invite(id, inviteForm, errors, this.currentUser.require(),
				Messages.locale());
		FormOutcome<Long> outcome = sent.sent()
				? FormOutcome.saved(id, Notice.of("team.done.invited", inviteForm.getEmail())) : (sent.limit() != null)
						? FormOutcome.limited(id, sent.limit().retryAfter().toSeconds()) : FormOutcome.invalid(id);
		// The page shows the form as typed, with its errors.
		return this.answers.answer(outcome, TeamController::teamPath,
				(company) -> this.pages.page(company, HttpStatus.OK).addAllObjects(errors.getModel()), redirect,
				response);
	}

	@PostMapping("/admin/companies/{id}/team/invitations/{invitationId}/revoke")
	@PreAuthorize("@companyAccess.canManageTeam(#id)")
	ModelAndView revoke(@PathVariable long id, @PathVariable long invitationId, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormOutcome<Long> outcome = TeamController.carryOut(id, () -> Notice.of("team.done.revoked",
				this.invitations.revoke(id, invitationId, this.currentUser.require())));
		return this.answers.answer(outcome, TeamController::teamPath,
				(company) -> this.pages.page(company, HttpStatus.OK), redirect, response);
	}

	/** The link in the mail: who it is for and what to do, or why it cannot be used. */
	@GetMapping("/invitations/{token}")
	ModelAndView open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		Invitations.Opened invitation = this.invitations.open(token);
		Optional<SignedInUser> user = this.currentUser.get();
		if (user.isPresent() && !invitation.email().equalsIgnoreCase(user.get().email())) {
			throw new InvitationUnavailable(Reason.OTHER_ADDRESS);
		}
		if (user.isEmpty() && invitation.accountExists()) {
			// After signing in, the sign-in page brings them back here.
			new HttpSessionRequestCache().saveRequest(request, response);
		}
		return acceptPage(token, invitation, user, new AcceptForm(), HttpStatus.OK);
	}

	/**
	 * Joins the team: as the signed-in account, or as a new account with the password
	 * chosen here.
	 */
	@PostMapping("/invitations/{token}")
	ModelAndView accept(@PathVariable String token, @Valid @ModelAttribute(ACCEPT_FORM) AcceptForm acceptForm,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<SignedInUser> user = this.currentUser.get();
		FormOutcome<Long> outcome;
		if (user.isPresent()) {
			long companyId = this.invitations.acceptAsMember(token, user.get());
			request.getSession().setAttribute(CompanySwitcher.SESSION_ATTRIBUTE, companyId);
			outcome = FormOutcome.saved(companyId, Notice.of("team.done.joined"));
		}
		else {
			Optional<Invitations.Joined> joined = this.invitations.acceptAsNewAccount(token, acceptForm, errors);
			if (joined.isPresent()) {
				signIn(joined.get().account(), request, response);
				request.getSession().setAttribute(CompanySwitcher.SESSION_ATTRIBUTE, joined.get().companyId());
				outcome = FormOutcome.saved(joined.get().companyId(), Notice.of("team.done.accountMade"));
			}
			else {
				acceptForm.forgetPasswords();
				outcome = FormOutcome.invalid(null);
			}
		}
		return this.answers.answer(outcome, TeamController::teamPath,
				(none) -> acceptPage(token, this.invitations.open(token), user, acceptForm, HttpStatus.OK), redirect,
				response);
	}

	/**
	 * Signs the new member in, as the sign-in form would: in a new session id, so a
	 * planted one is of no use.
	 */
	private void signIn(SignedInUser account, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.securityContexts.saveContext(context, request, response);
	}

	@ExceptionHandler(InvitationUnavailable.class)
	ModelAndView unavailable(InvitationUnavailable unavailable) {
		ModelAndView page = new ModelAndView(UNAVAILABLE_VIEW, unavailable.reason().status());
		page.addObject("reason", unavailable.reason().key());
		page.addObject("signedIn", this.currentUser.get().isPresent());
		page.addObject("noindex", true);
		return page;
	}

	private ModelAndView acceptPage(String token, Invitations.Opened invitation, Optional<SignedInUser> user,
			AcceptForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(ACCEPT_VIEW, status);
		page.addObject("invitation", invitation);
		page.addObject("token", token);
		page.addObject("signedIn", user.isPresent());
		page.addObject(ACCEPT_FORM, form);
		page.addObject("noindex", true);
		return page;
	}

}
