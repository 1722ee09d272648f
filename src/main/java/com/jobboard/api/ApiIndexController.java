package com.jobboard.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api}: where the lists are, so a client needs to know one address. */
@RestController
class ApiIndexController {

	private final ApiLinks links;

	ApiIndexController(ApiLinks links) {
		this.links = links;
	}

	@GetMapping(path = { "/api", "/api/" }, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Index> index() {
		return ApiResponses.ok(new Index(this.links.absolute("/api/companies"), this.links.absolute("/api/jobs")));
	}

	/** The addresses of the lists. */
	record Index(String companies, String jobs) {
	}

}
