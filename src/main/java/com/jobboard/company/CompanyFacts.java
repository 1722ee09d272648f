package com.jobboard.company;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of companies whatever their status (the admin dashboard):
 * counts and names.
 */
@Service
@Transactional(readOnly = true)
public class CompanyFacts {

	private final JdbcClient jdbc;

	CompanyFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many companies have each status; every status is in the map, with 0 when none
	 * has it.
	 */
	public Map<CompanyStatus, Long> countByStatus() {
		Map<CompanyStatus, Long> counts = new EnumMap<>(CompanyStatus.class);
		for (CompanyStatus status : CompanyStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as companies from companies group by status")
			.query((rs, row) -> counts.put(CompanyStatus.valueOf(rs.getString("status")), rs.getLong("companies")))
			.list();
		return counts;
	}

	/** Those of the given companies that exist, by id. */
	public Map<Long, CompanyHeadline> headlines(Collection<Long> companyIds) {
		Map<Long, CompanyHeadline> found = new HashMap<>();
		if (companyIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("select id, slug, name, status from companies where id in (:ids)")
			.param("ids", List.copyOf(companyIds))
			.query((rs, row) -> new CompanyHeadline(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					CompanyStatus.valueOf(rs.getString("status"))))
			.list()
			.forEach((company) -> found.put(company.id(), company));
		return found;
	}

	/** A company as lists name and link it. */
	public record CompanyHeadline(long id, String slug, String name, CompanyStatus status) {

		/** Whether its profile can be seen (only those are linked). */
		public boolean publicProfile() {
			return this.status == CompanyStatus.ACTIVE;
		}

	}

}
