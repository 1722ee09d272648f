package com.jobboard.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests (src/test is scanned with the application): a bug
 * that throws, to see the 500 page, and a slow request, to see graceful shutdown let it
 * finish.
 */
@RestController
class TestOnlyEndpoints {

	static final String FAILURE_PATH = "/test-only/failure";

	static final String SLOW_PATH = "/test-only/slow";

	/** Slow requests under way, so that a test can act while one is in flight. */
	static final AtomicInteger slowInFlight = new AtomicInteger();

	@GetMapping(FAILURE_PATH)
	String failure() {
		throw new IllegalStateException("A bug with a class name and details nobody should see");
	}

	@GetMapping(SLOW_PATH)
	ResponseEntity<String> slow(@RequestParam(defaultValue = "2000") long millis) throws InterruptedException {
		slowInFlight.incrementAndGet();
		try {
			Thread.sleep(Math.min(millis, 10_000));
			return ResponseEntity.ok("finished after " + millis + " ms");
		}
		finally {
			slowInFlight.decrementAndGet();
		}
	}

}
