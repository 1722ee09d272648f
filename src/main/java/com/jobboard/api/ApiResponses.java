package com.jobboard.api;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** What every successful API answer shares. */
final class ApiResponses {

	/**
	 * Shared caches may keep an answer for a minute; after that clients revalidate with
	 * the ETag (see {@code web.EtagConfiguration}) and get a 304 when nothing changed.
	 */
	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private ApiResponses() {
	}

	static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

}
