package com.jobboard.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests (src/test is scanned with the application): a bug that
 * throws, to see the 500 page, and a slow request, to see graceful shutdown let it finish.
 */
@RestController
class TestOnlyEndpoints {

	static final String FAILURE_PATH = "/test-only/failure";

	static final String SLOW_PATH = "/test-only/slow";

	@GetMapping(FAILURE_PATH)
	String failure() {
		throw new IllegalStateException("A bug with a class name and details nobody should see");
	}

	@GetMapping(SLOW_PATH)
	ResponseEntity<String> slow(@RequestParam(defaultValue = "2000") long millis) throws InterruptedException {
		Thread.sleep(Math.min(millis, 10_000));
		return ResponseEntity.ok("finished after " + millis + " ms");
	}

}
