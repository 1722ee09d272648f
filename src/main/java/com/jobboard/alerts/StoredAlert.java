package com.jobboard.alerts;

import java.time.Instant;
import java.util.Locale;

import com.jobboard.job.EmploymentType;

/**
 * An alert as stored, with what people see of it: the search as typed (or the followed
 * company) and its state.
 *
 * @param sectorName the sector's name, or {@code null} for every sector
 * @param companyName the followed company's name (follows only)
 * @param companySlug the followed company's slug (follows only)
 */
record StoredAlert(long id, long addressId, String email, AlertKind kind, AlertFrequency frequency, Locale locale,
		String keywords, String location, String sectorName, EmploymentType employmentType, boolean remoteOnly,
		Long companyId, String companyName, String companySlug, Instant createdAt, Instant confirmedAt,
		boolean paused) {

	public boolean confirmed() {
		return this.confirmedAt != null;
	}

	public boolean follow() {
		return this.kind == AlertKind.FOLLOW;
	}

}
