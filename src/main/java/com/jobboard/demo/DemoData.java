package com.jobboard.demo;

import java.math.BigDecimal;
import java.util.List;

/** The shape of {@code demo/demo-data.yml}. */
record DemoData(List<String> sectors, List<DemoCompany> companies) {

	record DemoCompany(String slug, String name, String tagline, String foundedDate, String sizeBand,
			String headquarters, String website, String email, String phone, String linkedinUrl, String xUrl,
			String facebookUrl, String instagramUrl, String githubUrl, String youtubeUrl, String logoColor,
			List<String> sectors, List<DemoJob> jobs, String streetAddress, String postalCode, String locality,
			String region, String countryCode) {
	}

	record DemoJob(String title, String employmentType, String location, String countryCode, Boolean remote,
			BigDecimal salaryMin, BigDecimal salaryMax, String salaryCurrency, String salaryPeriod, String applyUrl,
			String applyEmail, String status, Integer postedDaysAgo, Integer expiresInDays, String description,
			String streetAddress, String postalCode, String region) {
	}

}
