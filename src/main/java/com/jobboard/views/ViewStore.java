package com.jobboard.views;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
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
		List<Long> totals = this.jdbc.queryForList(
				"select views from " + subject.totalsTable + " where " + subject.idColumn + " = ?", Long.class,
				subjectId);
		return totals.isEmpty() ? 0 : totals.get(0);
	}

	/**
	 * The stored totals of several subjects in one statement; a subject without views has
	 * no row.
	 */
	Map<Long, Long> loadTotals(ViewSubject subject, Collection<Long> subjectIds) {
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.query((Connection connection) -> {
			PreparedStatement statement = connection.prepareStatement("select " + subject.idColumn + ", views from "
					+ subject.totalsTable + " where " + subject.idColumn + " = any(?)");
			statement.setQueryTimeout(10);
			statement.setArray(1, connection.createArrayOf("bigint", subjectIds.toArray(new Long[0])));
			return statement;
		}, (resultSet) -> {
			totals.put(resultSet.getLong(1), resultSet.getLong(2));
		});
		return totals;
	}

	/**
	 * Adds a batch of daily counts and visitors in one statement: the visitors not yet
	 * seen that day are recorded, and each day's row gets the views and the number of
	 * those new visitors; the totals get the views. A visitor that several instances send
	 * at once is recorded by one of them only, so unique visitors are counted exactly
	 * too.
	 * @param rows the counts, at most one per subject and day, sorted by subject and day
	 * so that concurrent flushes from several instances take row locks in the same order
	 * @param visitors the keyed hashes of the visitors, at most one per subject, day and
	 * hash, sorted the same way (and then by hash)
	 * @return the new total of each subject written
	 */
	Map<Long, Long> add(ViewSubject subject, List<Row> rows, List<VisitorRow> visitors) {
		String sql = """
				with batch as (
				    select b.id, b.day, b.views
				    from unnest(?::bigint[], ?::date[], ?::bigint[]) as b(id, day, views)
				    where exists (select 1 from %1$s s where s.id = b.id)
				), seen as (
				    insert into %4$s as v (%5$s, day, visitor_hash)
				    select n.id, n.day, n.hash
				    from unnest(?::bigint[], ?::date[], ?::bigint[]) as n(id, day, hash)
				    where exists (select 1 from %1$s s where s.id = n.id)
				    order by n.id, n.day, n.hash
				    on conflict do nothing
				    returning v.%5$s as id, v.day
				), first_visits as (
				    select id, day, count(*) as visitors from seen group by id, day
				), daily as (
				    insert into %3$s as d (%5$s, day, views, unique_visitors)
				    select coalesce(b.id, f.id), coalesce(b.day, f.day), coalesce(b.views, 0), coalesce(f.visitors, 0)
				    from batch b full join first_visits f on f.id = b.id and f.day = b.day
				    order by 1, 2
				    on conflict (%5$s, day) do update
				    set views = d.views + excluded.views, unique_visitors = d.unique_visitors + excluded.unique_visitors
				)
				insert into %2$s as t (%5$s, views)
				select id, sum(views) from batch group by id order by id
				on conflict (%5$s) do update set views = t.views + excluded.views
				returning t.%5$s, t.views
				""".formatted(subject.subjectTable, subject.totalsTable, subject.dailyTable, subject.visitorsTable,
				subject.idColumn);
		Map<Long, Long> totals = new HashMap<>();
		this.jdbc.query((Connection connection) -> prepare(connection, sql, rows, visitors), (resultSet) -> {
			totals.put(resultSet.getLong(1), resultSet.getLong(2));
		});
		return totals;
	}

	private static PreparedStatement prepare(Connection connection, String sql, List<Row> rows,
			List<VisitorRow> visitors) throws SQLException {
		Long[] ids = new Long[rows.size()];
		String[] days = new String[rows.size()];
		Long[] views = new Long[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			ids[i] = row.subjectId();
			days[i] = row.day().toString();
			views[i] = row.views();
		}
		Long[] visitorIds = new Long[visitors.size()];
		String[] visitorDays = new String[visitors.size()];
		Long[] hashes = new Long[visitors.size()];
		for (int i = 0; i < visitors.size(); i++) {
			VisitorRow visitor = visitors.get(i);
			visitorIds[i] = visitor.subjectId();
			visitorDays[i] = visitor.day().toString();
			hashes[i] = visitor.hash();
		}
		PreparedStatement statement = connection.prepareStatement(sql);
		statement.setQueryTimeout(10);
		statement.setArray(1, connection.createArrayOf("bigint", ids));
		statement.setArray(2, connection.createArrayOf("varchar", days));
		statement.setArray(3, connection.createArrayOf("bigint", views));
		statement.setArray(4, connection.createArrayOf("bigint", visitorIds));
		statement.setArray(5, connection.createArrayOf("varchar", visitorDays));
		statement.setArray(6, connection.createArrayOf("bigint", hashes));
		return statement;
	}

	record Row(long subjectId, LocalDate day, long views) {
	}

	/** A visitor of a subject on a day, as the keyed hash that is stored. */
	record VisitorRow(long subjectId, LocalDate day, long hash) {
	}

}
