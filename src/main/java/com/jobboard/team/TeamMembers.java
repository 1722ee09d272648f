package com.jobboard.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A company's team as locked for one change, and its one lasting rule: there is always at
 * least one owner. Every change of a role or a member goes through here.
 */
final class TeamMembers {

	static final String LAST_OWNER = "team.error.lastOwner";

	static final String NOT_A_MEMBER = "team.error.notAMember";

	static final String ALREADY_MEMBER = "team.error.alreadyMember";

	static final String SELF_TRANSFER = "team.error.selfTransfer";

	private final long companyId;

	private final List<CompanyMember> members;

	TeamMembers(long companyId, List<CompanyMember> members) {
		this.companyId = companyId;
		this.members = members;
	}

	Optional<CompanyMember> find(long userId) {
		return this.members.stream().filter((member) -> member.getUserId() == userId).findFirst();
	}

	CompanyMember require(long userId) {
		return find(userId).orElseThrow(() -> new TeamRuleViolation(NOT_A_MEMBER));
	}

	/** A new member; refused when the account is in the team already. */
	CompanyMember add(long userId, TeamRole role, Instant now) {
		if (find(userId).isPresent()) {
			throw new TeamRuleViolation(ALREADY_MEMBER);
		}
		return new CompanyMember(this.companyId, userId, role, now);
	}

	/** Gives the member a role; the last owner cannot become an editor. */
	boolean changeRole(CompanyMember member, TeamRole role) {
		if (member.getRole() == role) {
			return false;
		}
		if (member.isOwner()) {
			requireAnotherOwner(member);
		}
		member.setRole(role);
		return true;
	}

	/** Checks that the member may leave the team (the last owner may not). */
	void checkRemovable(CompanyMember member) {
		if (member.isOwner()) {
			requireAnotherOwner(member);
		}
	}

	/**
	 * Makes the member an owner; the owner who hands ownership on (if they are in the
	 * team) becomes an editor, which is always allowed since the company keeps the new
	 * owner.
	 * @param from the member handing on, or empty for an admin outside the team
	 */
	void transferOwnership(CompanyMember to, Optional<CompanyMember> from) {
		if (from.isPresent() && from.get().getUserId() == to.getUserId()) {
			throw new TeamRuleViolation(SELF_TRANSFER);
		}
		to.setRole(TeamRole.OWNER);
		from.filter(CompanyMember::isOwner).ifPresent((previous) -> previous.setRole(TeamRole.EDITOR));
	}

	private void requireAnotherOwner(CompanyMember member) {
		boolean another = this.members.stream()
			.anyMatch((other) -> other.isOwner() && other.getUserId() != member.getUserId());
		if (!another) {
			throw new TeamRuleViolation(LAST_OWNER);
		}
	}

}
