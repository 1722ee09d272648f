package com.jobboard.team;

import com.jobboard.company.CompanyProfileSaved;
import com.jobboard.job.JobChanged;
import com.jobboard.security.EmployerAssignedToCompany;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other features announce into team changes and lines of the activity log.
 * Runs synchronously, in the transaction of the change, so the line and the change stand
 * or fall together.
 */
@Component
class TeamActivityListener {

	private final Team team;

	private final ActivityLog activity;

	TeamActivityListener(Team team, ActivityLog activity) {
		this.team = team;
		this.activity = activity;
	}

	/** An employer made for a company (by an admin, or the sign-up) owns it. */
	@EventListener
	void employerAssigned(EmployerAssignedToCompany assigned) {
		this.team.addOwnerIfAbsent(assigned.companyId(), assigned.userId(), assigned.email());
	}

	@EventListener
	void profileSaved(CompanyProfileSaved saved) {
		this.activity.record(saved.companyId(), ActivityKind.PROFILE_SAVED, saved.authorId(), saved.authorEmail(),
				null);
	}

	@EventListener
	void jobChanged(JobChanged changed) {
		ActivityKind kind = switch (changed.change()) {
			case CREATED -> ActivityKind.JOB_CREATED;
			case SAVED -> ActivityKind.JOB_SAVED;
			case PUBLISHED -> ActivityKind.JOB_PUBLISHED;
			case FILLED -> ActivityKind.JOB_FILLED;
			case REOPENED -> ActivityKind.JOB_REOPENED;
		};
		this.activity.record(changed.companyId(), kind, changed.actorId(), changed.actorEmail(), changed.title());
	}

}
