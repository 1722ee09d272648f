package com.jobboard.company.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores revisions of company profiles in {@code company_revisions}, with the snapshot as
 * JSON. Revisions are only added, never changed or removed.
 */
@Repository
class CompanyRevisions {

	/**
	 * Its own mapper, so that the stored format never follows application-wide JSON
	 * settings.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, company_id, company_version, kind, author_id, author_email, note, created_at, snapshot::text
			""";

	private final JdbcClient jdbc;

	CompanyRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long companyId, long companyVersion, RevisionKind kind, Long authorId, String authorEmail, String note,
			Instant createdAt, ProfileSnapshot snapshot) {
		return this.jdbc.sql("""
				insert into company_revisions
				    (company_id, company_version, kind, author_id, author_email, note, created_at, snapshot)
				values (?, ?, ?, ?, ?, ?, coalesce(?, now()), cast(? as jsonb))
				returning id
				""")
			.params(companyId, companyVersion, kind.name(), authorId, authorEmail, note,
					(createdAt != null) ? Timestamp.from(createdAt) : null, JSON.writeValueAsString(snapshot))
			.query(Long.class)
			.single();
	}

	boolean existsFor(long companyId) {
		return this.jdbc.sql("select exists (select 1 from company_revisions where company_id = ?)")
			.param(companyId)
			.query(Boolean.class)
			.single();
	}

	Optional<Revision> find(long companyId, long revisionId) {
		return this.jdbc.sql("select " + COLUMNS + " from company_revisions where company_id = ? and id = ?")
			.params(companyId, revisionId)
			.query(CompanyRevisions::map)
			.optional();
	}

	Optional<Revision> findByVersion(long companyId, long companyVersion) {
		return this.jdbc
			.sql("select " + COLUMNS + " from company_revisions where company_id = ? and company_version = ?")
			.params(companyId, companyVersion)
			.query(CompanyRevisions::map)
			.optional();
	}

	/** The revision saved just before the given one, if any. */
	Optional<Long> previousId(long companyId, long revisionId) {
		return this.jdbc
			.sql("select id from company_revisions where company_id = ? and id < ? order by id desc limit 1")
			.params(companyId, revisionId)
			.query(Long.class)
			.optional();
	}

	/** One page of a company's revisions, newest first. */
	Page<Revision> page(long companyId, PageRequest pageRequest) {
		List<Revision> revisions = this.jdbc
			.sql("select " + COLUMNS + " from company_revisions where company_id = ? order by id desc limit ? offset ?")
			.params(companyId, pageRequest.getPageSize(), pageRequest.getOffset())
			.query(CompanyRevisions::map)
			.list();
		long total = this.jdbc.sql("select count(*) from company_revisions where company_id = ?")
			.param(companyId)
			.query(Long.class)
			.single();
		return new PageImpl<>(revisions, pageRequest, total);
	}

	/** The newest revision's id, the one that matches the profile as saved now. */
	Optional<Long> latestId(long companyId) {
		return this.jdbc.sql("select id from company_revisions where company_id = ? order by id desc limit 1")
			.param(companyId)
			.query(Long.class)
			.optional();
	}

	private static Revision map(ResultSet rs, int row) throws SQLException {
		long authorIdValue = rs.getLong("author_id");
		Long authorId = rs.wasNull() ? null : authorIdValue;
		return new Revision(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("company_version"),
				RevisionKind.valueOf(rs.getString("kind")), authorId, rs.getString("author_email"),
				rs.getString("note"), rs.getTimestamp("created_at").toInstant(),
				JSON.readValue(rs.getString("snapshot"), ProfileSnapshot.class));
	}

}
