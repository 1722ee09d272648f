package com.jobboard.transfer;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which of our companies and jobs each imported record became (table import_sources). */
@Repository
class ImportSources {

	enum Kind {

		COMPANY, JOB

	}

	private final JdbcClient jdbc;

	ImportSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> find(String site, Kind kind, String sourceId) {
		return this.jdbc.sql("select target_id from import_sources where site = ? and kind = ? and source_id = ?")
			.params(site, kind.name(), sourceId)
			.query(Long.class)
			.optional();
	}

	/** Remembers the record; writes only when something is new, so a second import leaves the table as it was. */
	void remember(String site, Kind kind, String sourceId, String sourceSlug, long targetId) {
		this.jdbc.sql("""
				insert into import_sources (site, kind, source_id, source_slug, target_id) values (?, ?, ?, ?, ?)
				on conflict (site, kind, source_id) do update
				    set target_id = excluded.target_id, source_slug = excluded.source_slug, imported_at = now()
				    where import_sources.target_id is distinct from excluded.target_id
				        or import_sources.source_slug is distinct from excluded.source_slug
				""").params(site, kind.name(), sourceId, sourceSlug, targetId).update();
	}

	/** The record last imported with this slug on any old site (for /company/{slug}/ and /job/{slug}/). */
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
