package com.jobboard.company;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jobboard.security.AccountCompanies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the user management's questions about companies (see {@link AccountCompanies}).
 */
@Component
@Transactional(readOnly = true)
class CompaniesOfAccounts implements AccountCompanies {

	private final JdbcClient jdbc;

	CompaniesOfAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AccountCompany> all() {
		return this.jdbc.sql("select id, name, status from companies order by lower(name), id")
			.query((rs, row) -> new AccountCompany(rs.getLong("id"), rs.getString("name"),
					CompanyStatus.ACTIVE.name().equals(rs.getString("status")),
					rs.getString("status").toLowerCase(Locale.ROOT)))
			.list();
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> companyIds) {
		Map<Long, String> names = new HashMap<>();
		if (companyIds.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, name from companies where id in (:ids)")
			.param("ids", List.copyOf(companyIds))
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	@Override
	public boolean exists(long companyId) {
		return this.jdbc.sql("select exists (select 1 from companies where id = ?)")
			.param(companyId)
			.query(Boolean.class)
			.single();
	}

}
