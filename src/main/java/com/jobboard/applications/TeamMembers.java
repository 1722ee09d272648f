package com.jobboard.applications;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who works on a company's applications and hears of new ones. The one place that says
 * it: the company's team members (issue 12, {@code company_members}) whose accounts are
 * enabled.
 */
@Component
class TeamMembers {

	private final JdbcClient jdbc;

	TeamMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The company's team, each with how they want to hear of new applications (every one
	 * unless they chose).
	 */
	List<Member> of(long companyId) {
		return this.jdbc.sql("""
				select u.id, u.email, coalesce(s.frequency, 'EACH') as frequency, coalesce(s.locale, 'en') as locale
				from company_members m join users u on u.id = m.user_id
				left join application_notification_settings s on s.user_id = u.id
				where m.company_id = ? and u.enabled
				order by u.id
				""")
			.param(companyId)
			.query((rs, row) -> new Member(rs.getLong("id"), rs.getString("email"),
					NotificationFrequency.valueOf(rs.getString("frequency")),
					Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}

	/**
	 * The members who chose a daily digest, with the company whose applications they hear
	 * of.
	 */
	List<DigestReader> dailyReaders() {
		return this.jdbc.sql("""
				select u.id, u.email, s.locale, m.company_id
				from company_members m join users u on u.id = m.user_id
				join application_notification_settings s on s.user_id = u.id
				where s.frequency = 'DAILY' and u.enabled
				order by u.id, m.company_id
				""")
			.query((rs,
					row) -> new DigestReader(new Member(rs.getLong("id"), rs.getString("email"),
							NotificationFrequency.DAILY, Locale.forLanguageTag(rs.getString("locale"))),
							rs.getLong("company_id")))
			.list();
	}

	record DigestReader(Member member, long companyId) {
	}

	record Member(long userId, String email, NotificationFrequency frequency, Locale locale) {
	}

}
