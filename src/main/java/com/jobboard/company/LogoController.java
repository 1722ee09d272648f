package com.jobboard.company;

import java.time.Duration;

import com.jobboard.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves logos. A logo never changes under its URL, so browsers may keep it for a year.
 */
@RestController
class LogoController {

	private final LogoStore logos;

	LogoController(LogoStore logos) {
		this.logos = logos;
	}

	@GetMapping("/logos/{id}")
	ResponseEntity<byte[]> logo(@PathVariable long id) {
		Logo logo = this.logos.find(id).orElseThrow(() -> new NotFoundException("No logo " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.getContentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag(logo.getSha256())
			.header("X-Content-Type-Options", "nosniff")
			.body(logo.getBytes());
	}

}
