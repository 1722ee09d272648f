package com.jobboard.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an alert is about, in a few words of the given language: the followed company's
 * name, or the search ({@code "data engineer" · Berlin · Full-time · Remote only}); for
 * pages and mails.
 */
@Component
class AlertTitles {

	private final MessageSource messages;

	AlertTitles(MessageSource messages) {
		this.messages = messages;
	}

	String of(StoredAlert alert, Locale locale) {
		if (alert.follow()) {
			return this.messages.getMessage("alerts.title.follow", new Object[] { alert.companyName() }, locale);
		}
		return ofSearch(alert.keywords(), alert.location(), alert.sectorName(),
				(alert.employmentType() != null) ? alert.employmentType().name() : null, alert.remoteOnly(), locale);
	}

	/** The same for a search that is not stored yet (the sign-up page). */
	String ofSearch(String keywords, String location, String sectorName, String employmentType, boolean remoteOnly,
			Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(keywords.isEmpty() ? this.messages.getMessage("alerts.title.allJobs", null, locale)
				: this.messages.getMessage("alerts.title.keywords", new Object[] { keywords }, locale));
		if (!location.isEmpty()) {
			parts.add(location);
		}
		if (sectorName != null) {
			parts.add(sectorName);
		}
		if (employmentType != null) {
			parts.add(this.messages.getMessage("jobs.type." + employmentType, null, locale));
		}
		if (remoteOnly) {
			parts.add(this.messages.getMessage("alerts.title.remote", null, locale));
		}
		return String.join(" · ", parts);
	}

}
