package com.jobboard.views;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and adds to the view counts in PostgreSQL. */
@Repository
class ViewStore {

	private final JdbcTemplate jdbc;

	ViewStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long loadTotal(ViewSubject subject, long subjectId) {
		List<Long> totals = this.jdbc.queryForList("select views from " + subject.totalsTable + " where "
				+ subject.idColumn + " = ?", Long.class, subjectId);
		return totals.isEmpty() ? 0 : totals.get(0);
	}

	/**
	 * Adds a batch of daily counts to the daily rows and the totals in one statement.
	 * @param rows the counts, at most one per subject and day, sorted by subject and day so
	 * that concurrent flushes from several instances take row locks in the same order
	 * @return the new total of each subject written
	 */
	Map<Long, Long> add(ViewSubject subject, List<Row> rows) {
		String sql = """
				with batch as (
				    select b.id, b.day, b.views
				    from unnest(?::bigint[], ?::date[], ?::bigint[]) as b(id, day, views)
				    where exists (select 1 from %1$s s where s.id = b.id)
				), daily as (
				    insert into %3$s as d (%4$s, day, views)
				    select id, day, views from batch
				    on conflict (%4$s, day) do update set views = d.views + excluded.views
				)
				insert into %2$s as t (%4$s, views)
				select id, sum(views) from batch group by id order by id
				on conflict (%4$s) do update set views = t.views + excluded.views
				returning t.%4$s, t.views
				""".formatted(subject.subjectTable, subject.totalsTable, subject.dailyTable, subject.idColumn);
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.query((Connection connection) -> prepare(connection, sql, rows),
				(resultSet) -> {
					totals.put(resultSet.getLong(1), resultSet.getLong(2));
				});
		return totals;
	}

	private static PreparedStatement prepare(Connection connection, String sql, List<Row> rows) throws SQLException {
		Long[] ids = new Long[rows.size()];
		String[] days = new String[rows.size()];
		Long[] views = new Long[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			ids[i] = row.subjectId();
			days[i] = row.day().toString();
			views[i] = row.views();
		}
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setQueryTimeout(10);
		Array idArray = connection.createArrayOf("bigint", ids);
		Array dayArray = connection.createArrayOf("varchar", days);
		Array viewArray = connection.createArrayOf("bigint", views);
		statement.setArray(1, idArray);
		statement.setArray(2, dayArray);
		statement.setArray(3, viewArray);
		return statement;
	}

	record Row(long subjectId, java.time.LocalDate day, long views) {
	}

}
