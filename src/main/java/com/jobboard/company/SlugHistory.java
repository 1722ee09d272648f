package com.jobboard.company;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The slugs companies used before, so that old profile addresses lead to the current one.
 * Each old slug points at one company; a slug in use by a company always wins over the
 * history.
 */
@Repository
public class SlugHistory {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private final JdbcClient jdbc;

	SlugHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Remembers that the company was known by the old slug until now; call in the
	 * transaction that renames it.
	 */
	public void recordRename(long companyId, String oldSlug, String newSlug) {
		this.jdbc.sql("""
				insert into company_slug_history (slug, company_id) values (?, ?)
				on conflict (slug) do update set company_id = excluded.company_id, replaced_at = now()
				""").params(oldSlug, companyId).update();
		// The new slug is a current one now: whatever history it had no longer applies.
		this.jdbc.sql("delete from company_slug_history where slug = ?").param(newSlug).update();
	}

	/**
	 * The current slug of the public company that used to be at the given slug, if any.
	 */
	Optional<String> currentPublicSlug(String formerSlug) {
		if (formerSlug == null || formerSlug.length() > 120 || !SLUG.matcher(formerSlug).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select c.slug from company_slug_history h
				join companies c on c.id = h.company_id
				where h.slug = ? and c.status = 'ACTIVE' and c.slug <> h.slug
				""").param(formerSlug).query(String.class).optional();
	}

}
