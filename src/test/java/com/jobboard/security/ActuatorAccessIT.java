package com.jobboard.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.jobboard.company.Company;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator over real HTTP: health and its probes are public and say only UP or DOWN
 * to strangers; readiness includes the database; Prometheus metrics are for admins only;
 * nothing else is reachable by anyone.
 */
@IntegrationTest
class ActuatorAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCompanies testCompanies;

	TestAccounts accounts;

	HttpPages http;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.users, this.passwordEncoder, this.jdbc);
		this.http = new HttpPages(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndItsProbesArePublicAndShowOnlyTheStatus(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path, "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"")
			.doesNotContain("components", "details", "\"db\"", "PostgreSQL", "diskSpace");
	}

	@Test
	void adminsSeeThatReadinessIncludesTheDatabaseAndLivenessDoesNot() throws Exception {
		UserAccount admin = this.accounts.admin("health");

		String readiness = this.http.get("/actuator/health/readiness", "Authorization", basic(admin.getEmail())).body();
		String liveness = this.http.get("/actuator/health/liveness", "Authorization", basic(admin.getEmail())).body();

		assertThat(readiness).contains("\"db\"").contains("\"readinessState\"").contains("PostgreSQL");
		assertThat(liveness).contains("\"livenessState\"").doesNotContain("\"db\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
			"/actuator/loggers", "/actuator/threaddump", "/actuator/mappings", "/actuator/metrics",
			"/actuator/sessions", "/actuator/shutdown" })
	void noOtherEndpointIsReachableEvenForAnAdmin(String path) throws Exception {
		UserAccount admin = this.accounts.admin("endpoints");

		HttpResponse<String> anonymous = this.http.get(path);
		HttpResponse<String> asAdmin = this.http.get(path, "Authorization", basic(admin.getEmail()));

		assertThat(anonymous.statusCode()).isEqualTo(404);
		assertThat(asAdmin.statusCode()).isEqualTo(404);
		assertThat(asAdmin.body()).doesNotContain("spring.datasource", "java.version", "\"beans\"");
	}

	@Test
	void prometheusMetricsNeedAnAdmin() throws Exception {
		HttpResponse<String> anonymous = this.http.get("/actuator/prometheus");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
		assertThat(anonymous.body()).doesNotContain("# HELP");
	}

	@Test
	void anEmployerIsRefusedPrometheusMetrics() throws Exception {
		Company company = this.testCompanies.company("Metrics Employer");
		UserAccount employer = this.accounts.employer("metrics-employer", company.getId());

		HttpResponse<String> response = this.http.get("/actuator/prometheus", "Authorization",
				basic(employer.getEmail()));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("# HELP");
	}

	@Test
	void anAdminScraperGetsPrometheusTextWithBasicCredentials() throws Exception {
		UserAccount admin = this.accounts.admin("scraper");

		HttpResponse<String> response = this.http.get("/actuator/prometheus", "Authorization", basic(admin.getEmail()),
				"Accept", "text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
		assertThat(response.body()).contains("# HELP", "jvm_memory_used_bytes", "hikaricp_connections");
		assertThat(response.headers().allValues("Set-Cookie")).as("a scraper gets no session").isEmpty();
	}

	@Test
	void anAdminSignedInThroughTheFormSeesMetrics() throws Exception {
		UserAccount admin = this.accounts.admin("metrics-browser");
		this.http.signIn(admin.getEmail(), TestAccounts.PASSWORD);

		HttpResponse<String> response = this.http.get("/actuator/prometheus", "Accept", "text/plain");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("# HELP");
	}

	@Test
	void wrongBasicCredentialsCountAsFailedSignInsAndLockTheAccount() throws Exception {
		UserAccount admin = this.accounts.admin("metrics-guess");
		String wrong = "Basic " + Base64.getEncoder()
			.encodeToString((admin.getEmail() + ":not the password").getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
			assertThat(this.http.get("/actuator/prometheus", "Authorization", wrong).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> rightButLocked = this.http.get("/actuator/prometheus", "Authorization",
				basic(admin.getEmail()));

		assertThat(rightButLocked.statusCode()).isEqualTo(401);
		assertThat(rightButLocked.body()).doesNotContain("# HELP");
	}

	private static String basic(String email) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
