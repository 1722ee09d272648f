package com.jobboard.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.company.ProfileChanges;
import com.jobboard.job.EmploymentType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alerts and their addresses in PostgreSQL. An address row exists only while it has
 * alerts: every deletion of an alert deletes its address too when it was the last one.
 */
@Repository
class AlertStore {

	private static final String SELECT = """
			select a.id, a.address_id, e.email, a.kind, a.frequency, a.locale, a.keywords, a.location,
			    s.name as sector_name, a.employment_type, a.remote_only, a.company_id, c.name as company_name,
			    c.slug as company_slug, a.created_at, a.confirmed_at, a.paused
			from alerts a
			join alert_addresses e on e.id = a.address_id
			left join sectors s on s.id = a.sector_id
			left join companies c on c.id = a.company_id
			""";

	/**
	 * The latest publication to alerts: a mark at it means everything published so far
	 * was dealt with.
	 */
	private static final String LATEST_PUBLICATION = "(select coalesce(max(seq), 0) from alert_publications)";

	private final JdbcClient jdbc;

	private final ProfileChanges profileChanges;

	AlertStore(JdbcClient jdbc, ProfileChanges profileChanges) {
		this.profileChanges = profileChanges;
		this.jdbc = jdbc;
	}

	/**
	 * The id of the address's row, made now if it has none, locked until the transaction
	 * ends so that concurrent sign-ups of one address count its alerts one after the
	 * other.
	 */
	long lockAddress(String email) {
		this.jdbc.sql("insert into alert_addresses (email) values (?) on conflict ((lower(email))) do nothing")
			.param(email)
			.update();
		return this.jdbc.sql("select id from alert_addresses where lower(email) = lower(?) for update")
			.param(email)
			.query(Long.class)
			.single();
	}

	int countOf(long addressId) {
		return this.jdbc.sql("select count(*) from alerts where address_id = ?")
			.param(addressId)
			.query(Integer.class)
			.single();
	}

	Optional<StoredAlert> followOf(long addressId, long companyId) {
		return this.jdbc.sql(SELECT + " where a.address_id = ? and a.company_id = ? and a.kind = 'FOLLOW'")
			.params(addressId, companyId)
			.query(AlertStore::alert)
			.optional();
	}

	/**
	 * Stores an unconfirmed alert. The keywords become a tsquery exactly as job search
	 * builds it (JobSearchQuery: English and simple configurations), with its words for
	 * the matcher's index.
	 */
	long insert(long addressId, NewAlert alert, Instant now) {
		return this.jdbc.sql("""
				insert into alerts (address_id, kind, frequency, locale, keywords, location, sector_id, employment_type,
				    remote_only, company_id, query, query_terms, scan_always, location_pattern, created_at)
				select :address, :kind, :frequency, :locale, :keywords, :location, :sector, :type, :remote, :company,
				    q.query, coalesce(alert_query_terms(q.query), '{}'),
				    q.query is null or ''::tsvector @@ q.query, :pattern, :now
				from (select case when :keywords = '' then null
				    else websearch_to_tsquery('english', :keywords) || websearch_to_tsquery('simple', :keywords)
				    end as query) q
				returning id
				""")
			.param("address", addressId)
			.param("kind", alert.kind().name())
			.param("frequency", alert.frequency().name())
			.param("locale", alert.locale().toLanguageTag())
			.param("keywords", alert.keywords())
			.param("location", alert.location())
			.param("sector", alert.sectorId())
			.param("type", (alert.employmentType() != null) ? alert.employmentType().name() : null)
			.param("remote", alert.remoteOnly())
			.param("company", alert.companyId())
			.param("pattern", alert.locationPattern())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<StoredAlert> find(long alertId) {
		return this.jdbc.sql(SELECT + " where a.id = ?").param(alertId).query(AlertStore::alert).optional();
	}

	/**
	 * The address's alerts, oldest first; empty when the address is not (any more)
	 * stored.
	 */
	List<StoredAlert> ofAddress(long addressId) {
		return this.jdbc.sql(SELECT + " where a.address_id = ? order by a.id")
			.param(addressId)
			.query(AlertStore::alert)
			.list();
	}

	/**
	 * Confirms an unconfirmed alert: nothing it could match was published before now, so
	 * its mark starts at the latest publication.
	 */
	boolean confirm(long alertId, Instant now) {
		return this.jdbc.sql("""
				update alerts set confirmed_at = :now, sent_through_publication = LATEST_PUBLICATION,
				    next_digest_at = case frequency when 'DAILY' then cast(:now as timestamptz) + interval '1 day'
				        when 'WEEKLY' then cast(:now as timestamptz) + interval '7 days' end
				where id = :id and confirmed_at is null
				returning coalesce(company_id, 0)
				""".replace("LATEST_PUBLICATION", LATEST_PUBLICATION))
			.param("now", Timestamp.from(now))
			.param("id", alertId)
			.query(Long.class)
			.optional()
			.map(this::followersMayHaveChanged)
			.isPresent();
	}

	/**
	 * A follow confirmed or deleted changes the profile's follower count: show it on this
	 * instance's next view.
	 */
	private long followersMayHaveChanged(long companyId) {
		if (companyId != 0) {
			this.profileChanges.changed(companyId);
		}
		return companyId;
	}

	/**
	 * A new frequency; a digest is next due one period from now. An alert made instant
	 * looks at once for what it has not mailed yet (the matcher flags only instant
	 * alerts).
	 */
	boolean changeFrequency(long alertId, long addressId, AlertFrequency frequency, Instant now) {
		return this.jdbc.sql("""
				update alerts set frequency = :frequency, has_pending = (:frequency = 'INSTANT'),
				    next_digest_at = case :frequency when 'DAILY' then cast(:now as timestamptz) + interval '1 day'
				        when 'WEEKLY' then cast(:now as timestamptz) + interval '7 days' end
				where id = :id and address_id = :address and confirmed_at is not null
				""")
			.param("frequency", frequency.name())
			.param("now", Timestamp.from(now))
			.param("id", alertId)
			.param("address", addressId)
			.update() == 1;
	}

	/**
	 * Pauses or resumes an alert. Nothing published while it was paused is mailed:
	 * resuming moves its mark to the latest publication.
	 */
	boolean setPaused(long alertId, long addressId, boolean paused) {
		return this.jdbc.sql("""
				update alerts set paused = :paused,
				    sent_through_publication = case when paused and not :paused
				        then greatest(sent_through_publication, LATEST_PUBLICATION) else sent_through_publication end
				where id = :id and address_id = :address and confirmed_at is not null
				""".replace("LATEST_PUBLICATION", LATEST_PUBLICATION))
			.param("paused", paused)
			.param("id", alertId)
			.param("address", addressId)
			.update() == 1;
	}

	/**
	 * Deletes the alert, and its address when no other alert is left; false when there
	 * was no such alert.
	 */
	boolean delete(long alertId, long addressId) {
		boolean deleted = this.jdbc
			.sql("delete from alerts where id = ? and address_id = ? returning coalesce(company_id, 0)")
			.params(alertId, addressId)
			.query(Long.class)
			.optional()
			.map(this::followersMayHaveChanged)
			.isPresent();
		if (deleted) {
			forgetAddressIfUnused(addressId);
		}
		return deleted;
	}

	/**
	 * Deletes sign-ups nobody confirmed in time, and addresses left without alerts.
	 * @return how many alerts were deleted
	 */
	int deleteUnconfirmedCreatedBefore(Instant cutoff) {
		int deleted = this.jdbc.sql("delete from alerts where confirmed_at is null and created_at < ?")
			.param(Timestamp.from(cutoff))
			.update();
		this.jdbc.sql("""
				delete from alert_addresses e where not exists (select 1 from alerts a where a.address_id = e.id)
				""").update();
		return deleted;
	}

	void forgetAddressIfUnused(long addressId) {
		this.jdbc
			.sql("""
					delete from alert_addresses e where e.id = ? and not exists (select 1 from alerts a where a.address_id = e.id)
					""")
			.param(addressId)
			.update();
	}

	/** A public company, to follow. */
	Optional<FollowedCompany> publicCompany(String slug) {
		return this.jdbc.sql("select id, name, slug from companies where slug = ? and status = 'ACTIVE'")
			.param(slug)
			.query((rs, row) -> new FollowedCompany(rs.getLong("id"), rs.getString("name"), rs.getString("slug")))
			.optional();
	}

	/** A sector by its slug: its id and name. */
	Optional<Sector> sector(String slug) {
		return this.jdbc.sql("select id, name from sectors where slug = ?")
			.param(slug)
			.query((rs, row) -> new Sector(rs.getLong("id"), rs.getString("name")))
			.optional();
	}

	record FollowedCompany(long id, String name, String slug) {
	}

	record Sector(long id, String name) {
	}

	private static StoredAlert alert(ResultSet rs, int row) throws SQLException {
		String type = rs.getString("employment_type");
		long companyId = rs.getLong("company_id");
		Long company = rs.wasNull() ? null : companyId;
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new StoredAlert(rs.getLong("id"), rs.getLong("address_id"), rs.getString("email"),
				AlertKind.valueOf(rs.getString("kind")), AlertFrequency.valueOf(rs.getString("frequency")),
				Locale.forLanguageTag(rs.getString("locale")), rs.getString("keywords"), rs.getString("location"),
				rs.getString("sector_name"), (type != null) ? EmploymentType.valueOf(type) : null,
				rs.getBoolean("remote_only"), company, rs.getString("company_name"), rs.getString("company_slug"),
				rs.getTimestamp("created_at").toInstant(), (confirmed != null) ? confirmed.toInstant() : null,
				rs.getBoolean("paused"));
	}

}
