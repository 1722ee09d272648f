package com.jobboard.transfer;

/** The kinds of file the importer reads, told apart by their content. */
public enum ImportFormat {

	/**
	 * A WordPress export (WXR) of a site running WP Job Manager: companies are fields of
	 * the jobs.
	 */
	WP_JOB_MANAGER,

	/**
	 * A WordPress export (WXR) of a site running WP Job Board Pro: employer posts and job
	 * posts.
	 */
	WP_JOB_BOARD_PRO,

	/** Our companies CSV (the columns of the export). */
	CSV_COMPANIES,

	/** Our jobs CSV (the columns of the export). */
	CSV_JOBS

}
