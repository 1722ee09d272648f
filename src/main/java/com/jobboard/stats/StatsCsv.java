package com.jobboard.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The daily figures as CSV (RFC 4180: comma-separated, CRLF line ends), one row per day
 * of the period, days without views included, for spreadsheets and scripts: ISO dates and
 * plain numbers, whatever the reader's language.
 */
final class StatsCsv {

	static final String[] HEADER = { "date", "views", "unique_visitors" };

	private StatsCsv() {
	}

	static String of(List<DayFigures> days) {
		StringWriter csv = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		try (CSVPrinter printer = new CSVPrinter(csv, format)) {
			for (DayFigures day : days) {
				printer.printRecord(day.day(), day.views(), day.uniqueVisitors());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

}
