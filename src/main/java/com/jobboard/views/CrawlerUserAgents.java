package com.jobboard.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Tells crawlers, bots and scripts from people by their user agent, with the maintained
 * list of the crawler-user-agents project (about 1,500 patterns: search engines, SEO
 * tools, monitors, feed readers, AI crawlers, HTTP libraries, headless browsers), kept in
 * {@code views/} and updated with {@code scripts/update-crawler-user-agents.sh}. A
 * missing or blank user agent is a bot too: every browser sends one.
 *
 * <p>
 * Matching a new user agent against the list costs some tens of microseconds, so each
 * answer is remembered: the same few hundred browser versions make nearly all requests,
 * and for them the answer is a cache lookup.
 */
@Component
class CrawlerUserAgents {

	static final String LIST = "views/crawler-user-agents.json";

	/** Characters of user agents remembered in all (a user agent weighs its length). */
	private static final long CACHE_CHARACTERS = 4_000_000;

	private final List<Pattern> patterns;

	private final Cache<String, Boolean> answers = Caffeine.newBuilder()
		.maximumWeight(CACHE_CHARACTERS)
		.weigher((String userAgent, Boolean crawler) -> userAgent.length() + 1)
		.build();

	CrawlerUserAgents() {
		this.patterns = load(new ClassPathResource(LIST));
	}

	/**
	 * Whether the user agent belongs to a crawler, bot or script rather than to a
	 * person's browser.
	 */
	boolean isCrawler(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return true;
		}
		return this.answers.get(userAgent, this::matchesAnyPattern);
	}

	int size() {
		return this.patterns.size();
	}

	private boolean matchesAnyPattern(String userAgent) {
		for (Pattern pattern : this.patterns) {
			if (pattern.matcher(userAgent).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The list's patterns, each compiled as the list means it: a Java (and JavaScript)
	 * regular expression.
	 */
	static List<Pattern> load(ClassPathResource list) {
		try (InputStream in = list.getInputStream()) {
			JsonNode entries = JsonMapper.shared().readTree(in);
			List<Pattern> patterns = new ArrayList<>(entries.size());
			for (JsonNode entry : entries) {
				patterns.add(Pattern.compile(entry.path("pattern").asString()));
			}
			if (patterns.isEmpty()) {
				throw new IllegalStateException(list.getPath() + " has no patterns");
			}
			return List.copyOf(patterns);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the crawler list " + list.getPath(), ex);
		}
	}

}
