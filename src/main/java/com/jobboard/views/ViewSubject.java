package com.jobboard.views;

/** What views are counted for, and where each kind's counts are kept. */
public enum ViewSubject {

	COMPANY("companies", "company_view_totals", "company_daily_views", "company_id");

	final String subjectTable;

	final String totalsTable;

	final String dailyTable;

	final String idColumn;

	ViewSubject(String subjectTable, String totalsTable, String dailyTable, String idColumn) {
		this.subjectTable = subjectTable;
		this.totalsTable = totalsTable;
		this.dailyTable = dailyTable;
		this.idColumn = idColumn;
	}

}
