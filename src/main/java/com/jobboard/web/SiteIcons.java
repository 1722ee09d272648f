package com.jobboard.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /favicon.ico} (browsers ask for it whatever the page links; it is the 32 px PNG)
 * and the web app manifest, with the site's name from the message bundle and the colours
 * of static/css/site.css.
 */
@RestController
class SiteIcons {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final Resource png = new ClassPathResource("static/icons/favicon-32.png");

	private final MessageSource messages;

	SiteIcons(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() {
		return ResponseEntity.ok().cacheControl(ONE_DAY).contentType(MediaType.IMAGE_PNG).body(this.png);
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<String> manifest() {
		String name = this.messages.getMessage("site.name", null, Locale.ENGLISH).replace("\"", "");
		String json = "{\"name\":\"" + name + "\",\"short_name\":\"" + name + "\",\"start_url\":\"/\",\"scope\":\"/\","
				+ "\"display\":\"browser\",\"background_color\":\"#f6f7f9\",\"theme_color\":\"#0b5cad\","
				+ "\"icons\":[{\"src\":\"/assets/icons/favicon.svg\",\"type\":\"image/svg+xml\",\"sizes\":\"any\"},"
				+ "{\"src\":\"/assets/icons/favicon-32.png\",\"type\":\"image/png\",\"sizes\":\"32x32\"}]}";
		return ResponseEntity.ok().cacheControl(ONE_DAY).contentType(MANIFEST).body(json);
	}

}
