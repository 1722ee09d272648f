package com.jobboard.web;

import java.net.http.HttpResponse;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The favicon, the icons the layout links and the web app manifest, for anonymous
 * visitors.
 */
@IntegrationTest
class SiteIconsIT {

	@LocalServerPort
	int port;

	@Test
	void iconsAndTheManifestAreServed() throws Exception {
		HttpPages pages = new HttpPages(this.port);

		HttpResponse<String> favicon = pages.get("/favicon.ico");
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(pages.get("/assets/icons/favicon.svg").statusCode()).isEqualTo(200);
		assertThat(pages.get("/assets/icons/favicon-32.png").statusCode()).isEqualTo(200);

		HttpResponse<String> manifest = pages.get("/manifest.webmanifest");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/manifest+json");
		assertThat(manifest.body()).contains("\"name\":\"Job Board\"").contains("\"theme_color\":\"#0b5cad\"");

		String home = pages.get("/").body();
		assertThat(home).contains("rel=\"manifest\"").contains("/assets/icons/favicon");
	}

}
