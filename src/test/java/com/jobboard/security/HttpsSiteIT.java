package com.jobboard.security;

import java.net.http.HttpResponse;

import com.jobboard.support.HttpPages;
import com.jobboard.support.TestClockConfiguration;
import com.jobboard.support.TestDatabaseInitializer;
import com.jobboard.web.Languages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an https base URL (a TLS-terminating proxy that sends no forwarded headers the app
 * trusts): the session and language cookies are Secure and every response carries HSTS,
 * here with subdomains as configured. Plain HTTP to the app itself, as the proxy would
 * speak it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jobboard.base-url=https://jobs.example.com", "jobboard.hsts.include-subdomains=true",
				"spring.datasource.hikari.maximum-pool-size=3" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClockConfiguration.class)
@DirtiesContext
class HttpsSiteIT {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = new HttpPages(this.port).get("/login");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Strict-Transport-Security"))
			.containsExactly("max-age=31536000; includeSubDomains");
		assertThat(cookie(response, TestAccounts.SESSION_COOKIE)).contains("; Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax");
	}

	@Test
	void theLanguageCookieIsSecure() throws Exception {
		HttpResponse<String> response = new HttpPages(this.port).get("/jobs?lang=de");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(cookie(response, Languages.COOKIE)).contains("; Secure").contains("HttpOnly");
	}

	@Test
	void publicPagesAndErrorPagesGetHstsToo() throws Exception {
		HttpPages pages = new HttpPages(this.port);

		assertThat(pages.get("/companies").headers().allValues("Strict-Transport-Security"))
			.containsExactly("max-age=31536000; includeSubDomains");
		assertThat(pages.get("/no-such-page").headers().allValues("Strict-Transport-Security"))
			.containsExactly("max-age=31536000; includeSubDomains");
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

}
