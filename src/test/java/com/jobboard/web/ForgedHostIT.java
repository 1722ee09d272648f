package com.jobboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests with a forged Host (another site, empty, very long, with a port) or with
 * X-Forwarded-Host/-Proto from a client while no proxy is configured: served as usual,
 * and no absolute address on any page, sitemap, feed, robots.txt or API answer names the
 * forged host. Sent as HTTP/1.0 over a plain socket (so the body is never chunked),
 * because java.net.http does not let a caller set Host.
 */
@IntegrationTest
class ForgedHostIT {

	private static final String LONG_HOST = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60)
			+ ".evil.example";

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	SiteUrls siteUrls;

	private Company company;

	private Job job;

	@BeforeEach
	void publishedCompanyWithAJob() {
		this.company = this.testCompanies.company("Forged Host Works");
		this.job = this.testCompanies.job(this.company, "Forged Host Welder", JobStatus.OPEN, null);
	}

	static Stream<List<String>> forgedHeaders() {
		return Stream.of(List.of("Host: evil.example"), List.of("Host: evil.example:8443"), List.of("Host:"),
				List.of("Host: " + LONG_HOST),
				List.of("Host: localhost", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
						"X-Forwarded-Port: 8443"),
				List.of("Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https",
						"Forwarded: host=evil.example;proto=https"));
	}

	private List<String> paths() {
		return List.of("/", "/companies", "/jobs", "/companies/" + this.company.getSlug(),
				"/jobs/" + this.job.getId() + "/" + this.job.getSlug(), "/sitemap.xml", "/sitemaps/pages.xml",
				"/sitemaps/companies-1.xml", "/sitemaps/jobs-1.xml", "/robots.txt", "/jobs/feed.atom",
				"/companies/" + this.company.getSlug() + "/jobs.atom", "/api", "/api/companies", "/api/jobs", "/login");
	}

	@ParameterizedTest
	@MethodSource("forgedHeaders")
	void pagesFeedsAndTheApiAreServedWithTheSitesOwnAddress(List<String> headers) throws IOException {
		for (String path : paths()) {
			Response response = get(path, headers);

			assertThat(response.status()).as("%s with %s", path, headers).isEqualTo(200);
			String everything = response.head().toLowerCase(Locale.ROOT) + response.body().toLowerCase(Locale.ROOT);
			assertThat(everything).as("%s with %s", path, headers)
				.doesNotContain("evil.example")
				.doesNotContain("https://localhost")
				.doesNotContain(":8443");
		}
	}

	@ParameterizedTest
	@MethodSource("forgedHeaders")
	void canonicalAndOpenGraphLinksNameTheConfiguredAddress(List<String> headers) throws IOException {
		String profile = "/companies/" + this.company.getSlug();
		String body = get(profile, headers).body();

		assertThat(body).contains("<link rel=\"canonical\" href=\"" + this.siteUrls.absolute(profile) + "\"")
			.contains("content=\"" + this.siteUrls.absolute(profile) + "\"");
	}

	@ParameterizedTest
	@MethodSource("forgedHeaders")
	void aRedirectNeverLeadsToTheForgedHost(List<String> headers) throws IOException {
		// HTTP/1.1, as browsers speak it: Tomcat answers HTTP/1.0 with an absolute
		// Location whatever it is told.
		Response response = get("/admin", headers, "HTTP/1.1");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.head()).contains("\nLocation: /login\r");
	}

	private Response get(String path, List<String> headers) throws IOException {
		return get(path, headers, "HTTP/1.0");
	}

	private Response get(String path, List<String> headers, String protocol) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder("GET " + path + " " + protocol + "\r\n");
			headers.forEach((header) -> request.append(header).append("\r\n"));
			request.append("Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n")
				.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String raw = all.toString(StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			String head = (end < 0) ? raw : raw.substring(0, end);
			String body = (end < 0) ? "" : raw.substring(end + 4);
			int status = Integer.parseInt(head.substring(9, 12));
			return new Response(status, head, body);
		}
	}

	record Response(int status, String head, String body) {
	}

}
