package com.jobboard.feed;

import java.time.Instant;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) as {@link AtomWriter} writes it.
 *
 * @param id the feed's permanent IRI
 * @param title the feed's title
 * @param subtitle a sentence about the feed
 * @param updated the last time anything in the feed changed
 * @param selfUrl the feed's own absolute address
 * @param pageUrl the absolute address of the page that shows the same jobs
 * @param language the feed's language tag ({@code xml:lang})
 * @param entries newest first
 */
record AtomFeed(String id, String title, String subtitle, Instant updated, String selfUrl, String pageUrl,
		String language, List<Entry> entries) {

	/**
	 * One job in the feed.
	 *
	 * @param id the entry's permanent IRI
	 * @param url the job page's absolute address
	 * @param published when the job was first published
	 * @param updated when the job last changed (never before {@code published})
	 * @param authorName the company's name
	 * @param authorUrl the company profile's absolute address
	 * @param category the employment type's code (e.g. FULL_TIME)
	 * @param categoryLabel the employment type for people
	 * @param summary the job's facts as plain text
	 * @param contentHtml the job's description, sanitized HTML
	 */
	record Entry(String id, String title, String url, Instant published, Instant updated, String authorName,
			String authorUrl, String category, String categoryLabel, String summary, String contentHtml) {
	}

}
