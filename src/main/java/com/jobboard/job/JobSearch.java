package com.jobboard.job;

import com.jobboard.web.SearchTerms;

/**
 * What a job seeker asks for: the filters of {@code /jobs}, of the jobs feed and of
 * {@code /api/jobs}, bound from the same request parameters everywhere ({@code q},
 * {@code location}, {@code sector}, {@code type}, {@code remote}, {@code sort}).
 *
 * @param q words to find in the title, description and company name; blank for all
 * @param location words to find in the job's location; blank for anywhere
 * @param sector a sector's slug; blank for every sector
 * @param type one kind of employment, or {@code null} for all
 * @param remote {@code true} for remote jobs only; {@code null} or {@code false} for all
 * @param sort {@link JobSort#NEWEST} unless asked otherwise
 */
public record JobSearch(String q, String location, String sector, EmploymentType type, Boolean remote, JobSort sort) {

	/**
	 * Texts are trimmed, cleared of control characters and cut to
	 * {@value SearchTerms#MAX_LENGTH} characters.
	 */
	public JobSearch {
		q = SearchTerms.normalize(q);
		location = SearchTerms.normalize(location);
		sector = SearchTerms.normalize(sector);
		sort = (sort != null) ? sort : JobSort.NEWEST;
	}

	public static JobSearch everything() {
		return new JobSearch(null, null, null, null, null, null);
	}

	/** The same search in another order. */
	public JobSearch withSort(JobSort newSort) {
		return new JobSearch(this.q, this.location, this.sector, this.type, this.remote, newSort);
	}

	/** Whether any keyword or filter narrows the search. */
	public boolean isFiltered() {
		return !this.q.isEmpty() || !this.location.isEmpty() || !this.sector.isEmpty() || this.type != null
				|| remoteOnly();
	}

	public boolean remoteOnly() {
		return Boolean.TRUE.equals(this.remote);
	}

}
