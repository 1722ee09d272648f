package com.jobboard.applications;

import com.jobboard.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who may work on a company's applications, for {@code @PreAuthorize("@companyAccess.canEdit(#companyId)")}:
 * today's rule, admins any company and an employer only their own ({@code users.company_id}).
 *
 * <p>
 * Interim: replaced by {@code team.CompanyAccess} (issue 12, company members with roles) when that lands; this
 * file is then deleted. The applications feature refers to the bean only by its name in SpEL, never to this class.
 */
@Component("companyAccess")
class InterimCompanyAccess {

	private final CurrentUser currentUser;

	InterimCompanyAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** Whether the signed-in person may edit the company (and so see its applications). */
	public boolean canEdit(Long companyId) {
		return companyId != null && this.currentUser.get().map((user) -> user.canEditCompany(companyId)).orElse(false);
	}

}
