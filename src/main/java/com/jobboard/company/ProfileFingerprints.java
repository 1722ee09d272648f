package com.jobboard.company;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a public company's {@link ProfileFingerprint} in one indexed statement. */
@Repository
class ProfileFingerprints {

	private final JdbcClient jdbc;

	ProfileFingerprints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ProfileFingerprint> ofPublicCompany(String slug) {
		return this.jdbc.sql("""
				select c.id, c.version, j.job_count, j.jobs_updated_at, j.job_versions, coalesce(f.followers, 0)
				from companies c
				left join company_follower_counts f on f.company_id = c.id
				cross join lateral (
				    select count(*) as job_count, max(updated_at) as jobs_updated_at,
				           coalesce(sum(version), 0) as job_versions
				    from jobs where company_id = c.id
				) j
				where c.slug = ? and c.status = 'ACTIVE'
				""").param(slug).query((rs, row) -> {
			Timestamp jobsUpdatedAt = rs.getTimestamp(4);
			return new ProfileFingerprint(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					(jobsUpdatedAt != null) ? jobsUpdatedAt.toInstant() : null, rs.getLong(5), rs.getLong(6));
		}).optional();
	}

}
