package com.jobboard.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which of our companies and jobs each imported record became (table import_sources). */
@Repository
class ImportSources {

	enum Kind {

		COMPANY, JOB

	}

	private static final String REMEMBER = """
			insert into import_sources (site, kind, source_id, source_slug, target_id) values (?, ?, ?, ?, ?)
			on conflict (site, kind, source_id) do update
			    set target_id = excluded.target_id, source_slug = excluded.source_slug, imported_at = now()
			    where import_sources.target_id is distinct from excluded.target_id
			        or import_sources.source_slug is distinct from excluded.source_slug
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ImportSources(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** One record imported from a site, for {@link #rememberAll}. */
	record Source(String sourceId, String sourceSlug, long targetId) {
	}

	Optional<Long> find(String site, Kind kind, String sourceId) {
		return this.jdbc.sql("select target_id from import_sources where site = ? and kind = ? and source_id = ?")
			.params(site, kind.name(), sourceId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Source id → target id of those of the given records that were imported before: one
	 * query for a batch.
	 */
	Map<String, Long> findAll(String site, Kind kind, Collection<String> sourceIds) {
		Map<String, Long> found = new HashMap<>();
		if (sourceIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select source_id, target_id from import_sources
				where site = :site and kind = :kind and source_id in (:ids)
				""").param("site", site).param("kind", kind.name()).param("ids", List.copyOf(sourceIds)).query((rs) -> {
			found.put(rs.getString(1), rs.getLong(2));
		});
		return found;
	}

	/**
	 * Remembers the records, in one JDBC batch; writes only what is new, so a second
	 * import leaves the table as it was.
	 */
	void rememberAll(String site, Kind kind, List<Source> records) {
		if (records.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(records.size());
		for (Source record : records) {
			rows.add(new Object[] { site, kind.name(), record.sourceId(), record.sourceSlug(), record.targetId() });
		}
		this.batches.batchUpdate(REMEMBER, rows);
	}

	/**
	 * The record imported from the site with this slug there (a jobs CSV names its
	 * companies by slug).
	 */
	Optional<Long> findBySourceSlug(String site, Kind kind, String slug) {
		return this.jdbc.sql("""
				select target_id from import_sources where site = ? and kind = ? and source_slug = ?
				order by imported_at desc, id desc limit 1
				""").params(site, kind.name(), slug).query(Long.class).optional();
	}

	/**
	 * The record last imported with this slug on any old site (for /company/{slug}/ and
	 * /job/{slug}/).
	 */
	Optional<Long> findBySlug(Kind kind, String slug) {
		return this.jdbc.sql("""
				select target_id from import_sources where kind = ? and source_slug = ?
				order by imported_at desc, id desc limit 1
				""").params(kind.name(), slug).query(Long.class).optional();
	}

	/** The job imported from a WordPress post id (for /?post_type=job_listing&p={id}). */
	Optional<Long> findJobByPostId(long postId) {
		return this.jdbc.sql("""
				select target_id from import_sources where kind = 'JOB' and source_id = ?
				order by imported_at desc, id desc limit 1
				""").params("post:" + postId).query(Long.class).optional();
	}

}
