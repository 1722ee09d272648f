package com.jobboard.api;

import java.time.Instant;

/**
 * A job in {@code /api/jobs} and in a company's {@code jobs}; the README's JSON API
 * section describes each field.
 */
record JobSummaryJson(long id, String slug, String title, String status, CompanyRefJson company, String employmentType,
		String location, String countryCode, boolean remote, SalaryJson salary, Instant postedAt, Instant expiresAt,
		Instant updatedAt, String url, String apiUrl) {
}
