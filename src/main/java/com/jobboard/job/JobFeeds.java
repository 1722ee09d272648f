package com.jobboard.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.jobboard.web.FeedLink;

/**
 * The addresses of the Atom feed of open jobs ({@code /jobs/feed.atom}), which takes the
 * filters of {@code /jobs}. The feed itself is served by the {@code feed} feature; the
 * job list announces it with {@link #link}.
 */
public final class JobFeeds {

	public static final String PATH = "/jobs/feed.atom";

	private JobFeeds() {
	}

	/**
	 * The search's filters as a URL query in a fixed order ({@code q}, {@code location},
	 * {@code sector}, {@code type}, {@code remote}), encoded, without {@code sort} or
	 * {@code page}: the same search always gets the same feed address. Empty for all
	 * jobs.
	 */
	public static String filterQuery(JobSearch search) {
		StringJoiner query = new StringJoiner("&");
		addIfSet(query, "q", search.q());
		addIfSet(query, "location", search.location());
		addIfSet(query, "sector", search.sector());
		if (search.type() != null) {
			addIfSet(query, "type", search.type().name());
		}
		if (search.remoteOnly()) {
			addIfSet(query, "remote", "true");
		}
		return query.toString();
	}

	/** The feed's site path for a search, e.g. {@code /jobs/feed.atom?q=engineer}. */
	public static String path(JobSearch search) {
		return withQuery(PATH, filterQuery(search));
	}

	/** The job list's site path for the same search, e.g. {@code /jobs?q=engineer}. */
	public static String listPath(JobSearch search) {
		return withQuery("/jobs", filterQuery(search));
	}

	/**
	 * The filters in words, for a feed's title: "engineer · Berlin · Full-time · Remote";
	 * empty for all jobs.
	 */
	public static String describe(JobSearch search) {
		List<String> parts = new ArrayList<>();
		addIfSet(parts, search.q());
		addIfSet(parts, search.location());
		addIfSet(parts, search.sector());
		if (search.type() != null) {
			parts.add(search.type().label());
		}
		if (search.remoteOnly()) {
			parts.add("Remote");
		}
		return String.join(" · ", parts);
	}

	/** The {@code <link rel="alternate">} of the job list showing this search. */
	public static FeedLink link(JobSearch search) {
		String filters = describe(search);
		return filters.isEmpty() ? new FeedLink("feed.jobs.title", List.of(), path(search))
				: new FeedLink("feed.jobs.search-title", List.of(filters), path(search));
	}

	/**
	 * Form-encodes the value, so that a "+" in "C++" survives (Spring's URI encoding
	 * would keep it as a space).
	 */
	private static void addIfSet(StringJoiner query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static void addIfSet(List<String> parts, String value) {
		if (value != null && !value.isBlank()) {
			parts.add(value);
		}
	}

	private static String withQuery(String path, String query) {
		return query.isEmpty() ? path : path + "?" + query;
	}

}
