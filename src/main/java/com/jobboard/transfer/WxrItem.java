package com.jobboard.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export: a post of any type, with its terms and meta.
 */
final class WxrItem {

	String title;

	String link;

	String creator;

	String content;

	String postId;

	String postName;

	String status;

	String postType;

	String postDateGmt;

	String postDate;

	String attachmentUrl;

	final Map<String, String> meta = new LinkedHashMap<>();

	final List<Term> terms = new ArrayList<>();

	String meta(String key) {
		String value = this.meta.get(key);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	List<Term> terms(String domain) {
		return this.terms.stream().filter((term) -> domain.equals(term.domain())).toList();
	}

	/**
	 * A taxonomy term the post has: {@code <category domain="job_listing_type" nicename=
	 * "full-time">Full Time</category>}.
	 */
	record Term(String domain, String nicename, String name) {
	}

}
