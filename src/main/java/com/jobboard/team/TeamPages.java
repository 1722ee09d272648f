package com.jobboard.team;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the team page, for the team's controllers: as it is, or with a refusal's message
 * and status.
 */
@Component
class TeamPages {

	/** The model name of the owners' invitation form on the page. */
	static final String INVITE_FORM = "inviteForm";

	private final Team team;

	private final CompanyAccess access;

	private final CurrentUser currentUser;

	private final Messages messages;

	TeamPages(Team team, CompanyAccess access, CurrentUser currentUser, Messages messages) {
		this.team = team;
		this.access = access;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	ModelAndView page(long companyId, HttpStatus status) {
		SignedInUser user = this.currentUser.require();
		ModelAndView page = new ModelAndView(TeamController.VIEW, status);
		page.addObject("team", this.team.page(companyId));
		page.addObject("canManage", this.access.canManageTeam(companyId));
		page.addObject("isMember", this.access.isMember(companyId));
		page.addObject("viewerId", user.id());
		page.addObject("roles", TeamRole.values());
		page.addObject("noindex", true);
		if (!page.getModel().containsKey(INVITE_FORM)) {
			page.addObject(INVITE_FORM, new InviteForm());
		}
		return page;
	}

	/** The page with the message of a refused change; nothing was changed. */
	ModelAndView refused(long companyId, HttpStatus status, String code, Object... arguments) {
		return page(companyId, status).addObject("errorMessage", this.messages.get(code, arguments));
	}

}
