package com.jobboard.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the same security headers, exactly once: pages through
 * Spring Security, the profile fast lane ahead of it, static assets, logos, error pages,
 * sign-in. Over plain HTTP there is no HSTS, and forwarded headers are ignored unless
 * configured ({@link ForwardedHttpsIT} covers the configured case).
 */
@IntegrationTest
class SecurityHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	HttpPages http;

	@BeforeEach
	void client() {
		this.http = new HttpPages(this.port);
	}

	@Test
	void homePageCarriesEverySecurityHeaderOnce() throws Exception {
		HttpResponse<String> home = this.http.get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertSecurityHeaders(home);
	}

	@Test
	void theContentSecurityPolicyAllowsNoInlineScriptOrStyleAndNoFraming() throws Exception {
		String policy = this.http.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
				"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
	}

	@Test
	void profilePagesFromTheFastLaneCarryTheSameHeaders() throws Exception {
		Company company = this.testCompanies.company("Headers Fast Lane");
		String path = "/companies/" + company.getSlug();
		HttpResponse<String> rendered = this.http.get(path);
		// The second anonymous view is served by the fast lane, ahead of Spring Security.
		HttpResponse<String> fromCache = new HttpPages(this.port).get(path);

		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(fromCache.statusCode()).isEqualTo(200);
		assertSecurityHeaders(rendered);
		assertSecurityHeaders(fromCache);
	}

	@Test
	void staticAssetsErrorPagesAndTheSignInPageCarryTheSameHeaders() throws Exception {
		String stylesheet = Jsoup.parse(this.http.get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");

		assertSecurityHeaders(this.http.get(stylesheet));
		assertSecurityHeaders(this.http.get("/companies/no-such-company-anywhere"));
		assertSecurityHeaders(this.http.get("/login"));
		assertSecurityHeaders(this.http.get("/admin/users"));
	}

	@Test
	void signedInPagesCarryTheSameHeaders() throws Exception {
		UserAccount admin = new TestAccounts(this.users, this.passwordEncoder, this.jdbc).admin("headers");
		this.http.signIn(admin.getEmail(), TestAccounts.PASSWORD);

		HttpResponse<String> dashboard = this.http.get("/admin");

		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertSecurityHeaders(dashboard);
		assertThat(dashboard.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
	}

	@Test
	void overPlainHttpThereIsNoHstsAndForwardedHeadersAreIgnoredUnlessConfigured() throws Exception {
		HttpResponse<String> response = this.http.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
				"203.0.113.9");

		assertThat(response.headers().allValues("Strict-Transport-Security")).isEmpty();
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith(TestAccounts.SESSION_COOKIE + "="));
		assertThat(cookies).allSatisfy((cookie) -> assertThat(cookie.toLowerCase()).doesNotContain("secure"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> response = this.http.get("/login");

		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(TestAccounts.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
	}

	static void assertSecurityHeaders(HttpResponse<?> response) {
		assertThat(response.headers().allValues("Content-Security-Policy"))
			.containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(response.headers().allValues("Permissions-Policy"))
			.containsExactly(SecurityHeaders.PERMISSIONS_POLICY);
		assertThat(response.headers().allValues("Cross-Origin-Opener-Policy")).containsExactly("same-origin");
	}

}
