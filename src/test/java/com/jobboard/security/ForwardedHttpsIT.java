package com.jobboard.security;

import java.net.http.HttpResponse;

import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy, with {@code JOBBOARD_FORWARD_HEADERS=native}: a request
 * the proxy received over HTTPS gets HSTS and a Secure session cookie; a plain one gets
 * neither.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "server.forward-headers-strategy=native", "spring.datasource.hikari.maximum-pool-size=3" })
@DirtiesContext
class ForwardedHttpsIT {

	@LocalServerPort
	int port;

	@Test
	void aRequestForwardedAsHttpsGetsHstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> response = new HttpPages(this.port).get("/login", "X-Forwarded-Proto", "https",
				"X-Forwarded-For", "203.0.113.9");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Strict-Transport-Security"))
			.containsExactly(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
		assertThat(sessionCookie(response)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		SecurityHeadersIT.assertSecurityHeaders(response);
	}

	@Test
	void aPlainRequestThroughTheSameProxyGetsNeither() throws Exception {
		HttpResponse<String> response = new HttpPages(this.port).get("/login", "X-Forwarded-Proto", "http");

		assertThat(response.headers().allValues("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(response)).doesNotContain("Secure").contains("HttpOnly");
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(TestAccounts.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow();
	}

}
