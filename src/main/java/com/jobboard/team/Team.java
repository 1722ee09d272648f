package com.jobboard.team;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's team: who is in it, and the owners' changes to it (roles, removals, handing
 * ownership on), each written to the activity log. Who may make a change is checked by
 * the controller ({@link CompanyAccess}); the rule that a company keeps an owner by
 * {@link TeamMembers}.
 */
@Service
class Team {

	private final CompanyMemberRepository members;

	private final CompanyRepository companies;

	private final UserAccountRepository users;

	private final ActivityLog activity;

	private final JdbcClient jdbc;

	private final Clock clock;

	Team(CompanyMemberRepository members, CompanyRepository companies, UserAccountRepository users,
			ActivityLog activity, JdbcClient jdbc, Clock clock) {
		this.members = members;
		this.companies = companies;
		this.users = users;
		this.activity = activity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Everything the team page shows; 404 if there is no such company. */
	@Transactional(readOnly = true)
	public TeamPage page(long companyId) {
		Company company = this.companies.findById(companyId)
			.orElseThrow(() -> new NotFoundException("No company " + companyId));
		Instant now = this.clock.instant();
		List<MemberRow> team = this.jdbc.sql("""
				select m.user_id, u.email, m.role, m.joined_at
				from company_members m join users u on u.id = m.user_id
				where m.company_id = ?
				order by case m.role when 'OWNER' then 0 else 1 end, lower(u.email), m.id
				""")
			.param(companyId)
			.query((rs, row) -> new MemberRow(rs.getLong("user_id"), rs.getString("email"),
					TeamRole.valueOf(rs.getString("role")),
					rs.getObject("joined_at", OffsetDateTime.class).toInstant()))
			.list();
		List<InvitationRow> invitations = this.jdbc.sql("""
				select id, email, role, created_at, expires_at from team_invitations
				where company_id = ? and accepted_at is null and revoked_at is null
				order by created_at desc, id desc
				""").param(companyId).query((rs, row) -> {
			Instant expiresAt = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
			return new InvitationRow(rs.getLong("id"), rs.getString("email"), TeamRole.valueOf(rs.getString("role")),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), expiresAt, !now.isBefore(expiresAt));
		}).list();
		return new TeamPage(company.getId(), company.getName(), team, invitations, this.activity.recent(companyId));
	}

	/** Makes the account an owner of the company unless it is in the team already. */
	@Transactional
	public void addOwnerIfAbsent(long companyId, long userId, String email) {
		int added = this.jdbc.sql("""
				insert into company_members (company_id, user_id, role, joined_at) values (?, ?, 'OWNER', ?)
				on conflict (company_id, user_id) do nothing
				""")
			.params(companyId, userId, OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
			.update();
		if (added > 0) {
			this.activity.record(companyId, ActivityKind.MEMBER_JOINED, null, null, email);
		}
	}

	/**
	 * Adds the account to the team (an accepted invitation). Runs in the caller's
	 * transaction.
	 * @throws TeamRuleViolation when it is in the team already
	 */
	@Transactional
	public void join(long companyId, long userId, String email, TeamRole role) {
		TeamMembers team = lock(companyId);
		this.members.save(team.add(userId, role, this.clock.instant()));
		this.activity.record(companyId, ActivityKind.MEMBER_JOINED, userId, email, email);
	}

	/**
	 * Gives a member another role.
	 * @return the member's address
	 * @throws TeamRuleViolation when they are the last owner
	 */
	@Transactional
	public String changeRole(long companyId, long userId, TeamRole role, SignedInUser actor) {
		TeamMembers team = lock(companyId);
		CompanyMember member = requireMember(team, userId);
		String email = emailOf(userId);
		if (team.changeRole(member, role)) {
			this.activity.record(companyId, ActivityKind.ROLE_CHANGED, actor.id(), actor.email(), email + " → " + role);
		}
		return email;
	}

	/**
	 * Removes a member from the team; their open sessions lose access to the company at
	 * once.
	 * @return the member's address
	 * @throws TeamRuleViolation when they are the last owner
	 */
	@Transactional
	public String remove(long companyId, long userId, SignedInUser actor) {
		TeamMembers team = lock(companyId);
		CompanyMember member = requireMember(team, userId);
		team.checkRemovable(member);
		String email = emailOf(userId);
		this.members.delete(member);
		boolean self = userId == actor.id();
		this.activity.record(companyId, self ? ActivityKind.MEMBER_LEFT : ActivityKind.MEMBER_REMOVED, actor.id(),
				actor.email(), email);
		return email;
	}

	/**
	 * Makes the member an owner; the owner who hands ownership on becomes an editor (an
	 * admin outside the team just adds the owner).
	 * @return the new owner's address
	 */
	@Transactional
	public String transferOwnership(long companyId, long userId, SignedInUser actor) {
		TeamMembers team = lock(companyId);
		CompanyMember to = requireMember(team, userId);
		Optional<CompanyMember> from = team.find(actor.id());
		team.transferOwnership(to, from);
		String email = emailOf(userId);
		this.activity.record(companyId, ActivityKind.OWNERSHIP_TRANSFERRED, actor.id(), actor.email(), email);
		return email;
	}

	private TeamMembers lock(long companyId) {
		return new TeamMembers(companyId, this.members.lockTeam(companyId));
	}

	private static CompanyMember requireMember(TeamMembers team, long userId) {
		return team.find(userId).orElseThrow(() -> new NotFoundException("No such member"));
	}

	private String emailOf(long userId) {
		return this.users.findById(userId).map(UserAccount::getEmail).orElse("#" + userId);
	}

	/** The team page's content. */
	record TeamPage(long companyId, String companyName, List<MemberRow> members, List<InvitationRow> invitations,
			List<ActivityLog.Entry> activity) {

		public long owners() {
			return this.members.stream().filter((member) -> member.role() == TeamRole.OWNER).count();
		}

	}

	/** One member, as the team page lists them. */
	record MemberRow(long userId, String email, TeamRole role, Instant joinedAt) {

		public boolean owner() {
			return this.role == TeamRole.OWNER;
		}

	}

	/** One open invitation (possibly expired), as the team page lists it. */
	record InvitationRow(long id, String email, TeamRole role, Instant createdAt, Instant expiresAt, boolean expired) {
	}

}
