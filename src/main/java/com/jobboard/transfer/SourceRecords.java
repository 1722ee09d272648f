package com.jobboard.transfer;

import java.time.Instant;
import java.util.List;

import com.jobboard.company.admin.CompanyForm;
import com.jobboard.job.JobForm;
import com.jobboard.job.JobStatus;

/** What a source file says, record by record, in the shape of our own forms. */
final class SourceRecords {

	private SourceRecords() {
	}

	/**
	 * A company of the source.
	 *
	 * @param sourceId its id on the old site (a post id, a CSV id, or a key made from
	 * name and website)
	 * @param sourceSlug its slug there, for the old addresses, or {@code null}
	 * @param logoPath the logo's path below {@code wp-content/uploads}, or {@code null}
	 * @param notes what was left out or changed while reading it
	 */
	record CompanyRecord(String sourceId, String sourceSlug, CompanyForm form, List<String> sectorNames,
			String logoPath, List<Note> notes) {
	}

	/**
	 * A job of the source.
	 *
	 * @param companySourceId the source id of its company, or (CSV) the company's slug
	 * @param skipReason why it cannot be imported, or {@code null}
	 */
	record JobRecord(String sourceId, String sourceSlug, String companySourceId, JobForm form, JobStatus status,
			Instant postedAt, List<Note> notes, Note skipReason) {
	}

	/** Receives the records in order: a job's company always comes before the job. */
	interface Sink {

		void company(CompanyRecord company);

		void job(JobRecord job);

	}

}
