package com.jobboard.views;

/** What views are counted for, and where each kind's counts are kept. */
public enum ViewSubject {

	/** A company's public profile page. */
	COMPANY("companies", "company_view_totals", "company_daily_views", "company_daily_visitors", "company_id"),

	/** A published job's page. */
	JOB("jobs", "job_view_totals", "job_daily_views", "job_daily_visitors", "job_id");

	final String subjectTable;

	final String totalsTable;

	final String dailyTable;

	final String visitorsTable;

	final String idColumn;

	ViewSubject(String subjectTable, String totalsTable, String dailyTable, String visitorsTable, String idColumn) {
		this.subjectTable = subjectTable;
		this.totalsTable = totalsTable;
		this.dailyTable = dailyTable;
		this.visitorsTable = visitorsTable;
		this.idColumn = idColumn;
	}

}
