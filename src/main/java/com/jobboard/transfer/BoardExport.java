package com.jobboard.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the board out, row by row from a database cursor, so the size of the board never
 * matters: companies and jobs as CSV (RFC 4180, UTF-8, the columns the importer reads,
 * formula injection neutralised) and everything as one JSON document.
 */
@Service
class BoardExport {

	/**
	 * The tables of the full export: the board and its history, not accounts, sessions or
	 * visitor hashes.
	 */
	static final List<String> JSON_TABLES = List.of("sectors", "companies", "company_sectors", "jobs",
			"company_revisions", "company_slug_history", "company_view_totals", "company_daily_views",
			"job_view_totals", "job_daily_views", "import_sources");

	private static final int FETCH_SIZE = 500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COMPANIES_SQL = """
			select c.id, c.slug, c.name, c.status, c.tagline, c.founded_date, c.size_band, c.headquarters, c.website,
			    c.email, c.phone, c.linkedin_url, c.x_url, c.facebook_url, c.instagram_url, c.github_url, c.youtube_url,
			    (select string_agg(s.name, '|' order by s.name) from company_sectors cs join sectors s on s.id = cs.sector_id
			        where cs.company_id = c.id) as sectors,
			    c.description_markdown
			from companies c order by c.id
			""";

	private static final String JOBS_SQL = """
			select j.id, c.slug as company_slug, j.title, j.slug, j.employment_type, j.status, j.location, j.country_code,
			    j.remote, j.salary_min, j.salary_max, j.salary_currency, j.salary_period, j.apply_url, j.apply_email,
			    j.posted_at, cast(j.expires_at at time zone 'UTC' as date) as expires_on, j.description_markdown
			from jobs j join companies c on c.id = j.company_id order by j.id
			""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final CsvSites sites;

	BoardExport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CsvSites sites) {
		this.sites = sites;
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	void companiesCsv(OutputStream out) {
		csv(out, COMPANIES_SQL, CsvColumns.COMPANIES);
	}

	void jobsCsv(OutputStream out) {
		csv(out, JOBS_SQL, CsvColumns.JOBS);
	}

	/**
	 * The rows, each ending with this board's site key (so the ids stay this board's
	 * wherever they are imported).
	 */
	private void csv(OutputStream out, String sql, List<String> columns) {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		String site = this.sites.own();
		try {
			List<String> header = new java.util.ArrayList<>(columns);
			header.add(CsvColumns.SITE);
			CSVPrinter printer = new CSVPrinter(writer,
					CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
			this.readOnly.executeWithoutResult((tx) -> this.jdbc.query(sql, (ResultSet rs) -> {
				try {
					for (String column : columns) {
						printer.print(CsvColumns.neutralise(csvValue(rs, column)));
					}
					printer.print(site);
					printer.println();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csvValue(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		if (value == null) {
			return "";
		}
		if (value instanceof java.sql.Timestamp) {
			return rs.getObject(column, OffsetDateTime.class).toInstant().toString();
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return value.toString();
	}

	/**
	 * The whole board as JSON: {@code {"format":…, "exportedAt":…,
	 * "tables":{"companies":[{…}, …], …}}}, each row an object of its columns. Logos are
	 * left out (images: each is at /logos/{id}).
	 */
	void json(OutputStream out, Instant now) {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", "jobboard-export-1");
			json.writeStringProperty("exportedAt", now.toString());
			json.writeName("tables");
			json.writeStartObject();
			this.readOnly.executeWithoutResult((tx) -> {
				for (String table : JSON_TABLES) {
					json.writeName(table);
					json.writeStartArray();
					// Table names come from the constant list above, never from a
					// request.
					this.jdbc.query("select * from " + table + " order by 1", (ResultSet rs) -> {
						try {
							row(json, rs);
						}
						catch (SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					json.writeEndArray();
				}
			});
			json.writeEndObject();
			json.writeEndObject();
		}
	}

	private static void row(JsonGenerator json, ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		json.writeStartObject();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			json.writeName(meta.getColumnLabel(i));
			Object value = rs.getObject(i);
			String typeName = meta.getColumnTypeName(i);
			if (value == null) {
				json.writeNull();
			}
			else if ("jsonb".equals(typeName) || "json".equals(typeName)) {
				json.writeRawValue(rs.getString(i));
			}
			else if (meta.getColumnType(i) == Types.TIMESTAMP
					|| meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE) {
				json.writeString(rs.getObject(i, OffsetDateTime.class).toInstant().toString());
			}
			else if (value instanceof Boolean flag) {
				json.writeBoolean(flag);
			}
			else if (value instanceof BigDecimal amount) {
				json.writeNumber(amount);
			}
			else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
				json.writeNumber(((Number) value).longValue());
			}
			else {
				json.writeString(value.toString());
			}
		}
		json.writeEndObject();
	}

}
