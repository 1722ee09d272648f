package com.jobboard.team;

import java.util.List;
import java.util.Optional;

import com.jobboard.security.CompanyMemberships;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in which team, read straight from the database on every call (never from the
 * session), so that a member removed a moment ago has no access on their very next
 * request.
 */
@Component
class Memberships implements CompanyMemberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isMember(long userId, long companyId) {
		return roleOf(userId, companyId).isPresent();
	}

	Optional<TeamRole> roleOf(long userId, long companyId) {
		return this.jdbc.sql("select role from company_members where company_id = ? and user_id = ?")
			.params(companyId, userId)
			.query((rs, row) -> TeamRole.valueOf(rs.getString("role")))
			.optional();
	}

	/** The companies whose teams the account is in, by name. */
	List<MemberCompany> companiesOf(long userId) {
		return this.jdbc.sql("""
				select c.id, c.name, m.role
				from company_members m join companies c on c.id = m.company_id
				where m.user_id = ?
				order by lower(c.name), c.id
				""")
			.param(userId)
			.query((rs, row) -> new MemberCompany(rs.getLong("id"), rs.getString("name"),
					TeamRole.valueOf(rs.getString("role"))))
			.list();
	}

	/** One company in an account's list of teams. */
	record MemberCompany(long id, String name, TeamRole role) {
	}

}
