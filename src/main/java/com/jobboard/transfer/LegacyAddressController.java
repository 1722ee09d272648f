package com.jobboard.transfer;

import java.net.URI;

import com.jobboard.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses of the WordPress board an import came from keep working: they answer 301
 * with the address of the same company or job here, so old links and search results land
 * on the right page. An address nothing was imported from is a 404.
 */
@RestController
class LegacyAddressController {

	private final LegacyAddresses addresses;

	LegacyAddressController(LegacyAddresses addresses) {
		this.addresses = addresses;
	}

	/**
	 * WP Job Manager's company pages (with a companies add-on) and WP Job Board Pro's
	 * employer pages.
	 */
	@GetMapping({ "/company/{slug}", "/company/{slug}/", "/employer/{slug}", "/employer/{slug}/" })
	ResponseEntity<Void> company(@PathVariable String slug) {
		return this.addresses.company(slug)
			.map(LegacyAddressController::moved)
			.orElseThrow(() -> new NotFoundException("No imported company " + slug));
	}

	@GetMapping({ "/job/{slug}", "/job/{slug}/" })
	ResponseEntity<Void> job(@PathVariable String slug) {
		return this.addresses.job(slug)
			.map(LegacyAddressController::moved)
			.orElseThrow(() -> new NotFoundException("No imported job " + slug));
	}

	/** A WordPress post's short address, as the export's guid has it. */
	@GetMapping(value = "/", params = { "post_type=job_listing", "p" })
	ResponseEntity<Void> post(@RequestParam("p") String postId) {
		if (!postId.matches("^[0-9]{1,18}$")) {
			throw new NotFoundException("Not a post id");
		}
		return this.addresses.post(Long.parseLong(postId))
			.map(LegacyAddressController::moved)
			.orElseThrow(() -> new NotFoundException("No imported post " + postId));
	}

	private static ResponseEntity<Void> moved(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

}
