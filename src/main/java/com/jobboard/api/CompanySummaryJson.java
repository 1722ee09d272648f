package com.jobboard.api;

import java.util.List;

/**
 * A company in {@code /api/companies}; the README's JSON API section describes each
 * field.
 */
record CompanySummaryJson(long id, String slug, String name, String tagline, List<SectorJson> sectors, long openJobs,
		String logoUrl, String url, String apiUrl) {
}
