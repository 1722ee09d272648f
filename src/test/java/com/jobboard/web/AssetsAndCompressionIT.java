package com.jobboard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jobboard.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet is addressed by its content's hash and cached for a year; pages and the
 * stylesheet are compressed for browsers that accept gzip.
 */
@IntegrationTest
class AssetsAndCompressionIT {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theStylesheetIsFingerprintedAndCachedForAYear() throws Exception {
		String href = Jsoup.parse(get("/", false).body()).select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/assets/css/site-[0-9a-f]{32}\\.css");

		HttpResponse<String> css = get(href, false);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
		assertThat(css.headers().firstValue("Cache-Control")).get()
			.asString()
			.contains("max-age=31536000")
			.contains("public");
		assertThat(css.body()).contains("prefers-color-scheme: dark").contains("@media print");
	}

	@Test
	void pagesAndTheStylesheetAreCompressed() throws Exception {
		HttpResponse<String> page = get("/companies", true);
		assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");

		String href = Jsoup.parse(get("/", false).body()).select("link[rel=stylesheet]").attr("href");
		assertThat(get(href, true).headers().firstValue("Content-Encoding")).contains("gzip");
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return response;
	}

}
