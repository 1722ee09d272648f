package com.jobboard.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A company at {@code /api/companies/{slug}}; the README's JSON API section describes
 * each field.
 */
record CompanyJson(long id, String slug, String name, String tagline, List<SectorJson> sectors, LocalDate foundedDate,
		Size size, String headquarters, AddressJson address, String website, String email, String phone,
		List<SocialLink> socialLinks, String descriptionHtml, long openJobs, long views, String logoUrl, String url,
		String apiUrl, String feedUrl, List<JobSummaryJson> jobs) {

	/**
	 * A head-count band.
	 *
	 * @param code e.g. SIZE_51_200
	 * @param minEmployees the lower bound
	 * @param maxEmployees the upper bound, {@code null} for the open-ended top band
	 */
	record Size(String code, int minEmployees, Integer maxEmployees) {
	}

	/**
	 * @param network LINKEDIN, X, FACEBOOK, INSTAGRAM, GITHUB or YOUTUBE
	 * @param url the company's page there
	 */
	record SocialLink(String network, String url) {
	}

}
