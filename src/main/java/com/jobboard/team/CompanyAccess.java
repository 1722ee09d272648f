package com.jobboard.team;

import java.util.Optional;

import com.jobboard.job.JobRepository;
import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * The one place that decides who may do what with a company, for {@code @PreAuthorize} on
 * the controllers ({@code @PreAuthorize("@companyAccess.canEdit(#id)")}). Admins may do
 * everything an owner can, in every company; members are looked up in the database on
 * every request, so that a removed member's open sessions lose access at once.
 */
@Component("companyAccess")
public class CompanyAccess {

	private final CurrentUser currentUser;

	private final Memberships memberships;

	private final JobRepository jobs;

	CompanyAccess(CurrentUser currentUser, Memberships memberships, JobRepository jobs) {
		this.currentUser = currentUser;
		this.memberships = memberships;
		this.jobs = jobs;
	}

	/**
	 * Whether the signed-in person is in the company's team (in any role; admins only if
	 * they joined it).
	 */
	public boolean isMember(long companyId) {
		return role(companyId).isPresent();
	}

	/** Whether they may see the company's team page: its members and admins. */
	public boolean canViewTeam(long companyId) {
		return isAdmin() || isMember(companyId);
	}

	/**
	 * Whether they may edit the company's profile and jobs and see its statistics:
	 * owners, editors, admins.
	 */
	public boolean canEdit(long companyId) {
		return isAdmin() || isMember(companyId);
	}

	/**
	 * Whether they may invite, change roles, remove members and hand ownership on: owners
	 * and admins.
	 */
	public boolean canManageTeam(long companyId) {
		return isAdmin() || role(companyId).filter((role) -> role == TeamRole.OWNER).isPresent();
	}

	/**
	 * Whether they may edit the job: as {@link #canEdit} for its company. Admins may,
	 * also for a job that does not exist (they then get the 404); nobody else learns
	 * whether it does.
	 */
	public boolean canEditJob(long jobId) {
		if (isAdmin()) {
			return true;
		}
		return this.jobs.findCompanyIdById(jobId).map(this::canEdit).orElse(false);
	}

	public boolean isAdmin() {
		return this.currentUser.get().map(SignedInUser::isAdmin).orElse(false);
	}

	/** The signed-in person's role in the company's team, if they are in it. */
	Optional<TeamRole> role(long companyId) {
		return this.currentUser.get().flatMap((user) -> this.memberships.roleOf(user.id(), companyId));
	}

}
