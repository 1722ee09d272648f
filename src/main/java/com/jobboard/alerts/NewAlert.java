package com.jobboard.alerts;

import java.util.Locale;

import com.jobboard.job.EmploymentType;

/**
 * An alert to store, its texts already cleaned (as job search cleans them).
 *
 * @param locationPattern the LIKE pattern of the location as job search builds it, or
 * {@code null}
 */
record NewAlert(AlertKind kind, AlertFrequency frequency, Locale locale, String keywords, String location,
		Long sectorId, EmploymentType employmentType, boolean remoteOnly, Long companyId, String locationPattern) {
}
