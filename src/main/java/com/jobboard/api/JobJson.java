package com.jobboard.api;

import java.time.Instant;

/**
 * A job at {@code /api/jobs/{id}}; the README's JSON API section describes each field.
 */
record JobJson(long id, String slug, String title, String status, CompanyRefJson company, String employmentType,
		String location, String countryCode, AddressJson address, boolean remote, SalaryJson salary, Instant postedAt,
		Instant expiresAt, Instant updatedAt, String url, String apiUrl, String descriptionHtml, String applyUrl,
		String applyEmail) {
}
