package com.jobboard.views;

import java.time.Instant;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.company.SlugHistory;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import com.jobboard.support.UserAgents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests are views, over real HTTP. A profile's first request goes down the
 * normal path (the controller renders the page); once it is rendered, anonymous requests
 * are served by the fast lane ahead of Spring Security: every rule is checked on both.
 */
@IntegrationTest
class PageViewRulesIT {

	private static final String PASSWORD = TestPasswords.PASSWORD;

	/** What scripts, crawlers and headless browsers send. */
	private static final String[] NOT_PEOPLE = { UserAgents.GOOGLEBOT, "curl/8.5.0", "python-requests/2.32.3",
			"Go-http-client/1.1",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
					+ "HeadlessChrome/140.0.0.0 Safari/537.36",
			"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "   " };

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SlugHistory slugHistory;

	Visits visits;

	StoredViews stored;

	@BeforeEach
	void setUp() {
		this.visits = new Visits(this.port);
		this.stored = new StoredViews(this.jdbc);
	}

	@Test
	void aPersonsGetCountsOnTheControllerPathAndOnTheFastLane() {
		Company company = this.testCompanies.company("Counted Person");
		String path = profile(company);

		String first = this.visits.page(path, "User-Agent", UserAgents.BROWSER);
		String second = this.visits.page(path, "User-Agent", UserAgents.BROWSER);

		assertThat(first).contains("<data value=\"1\">");
		assertThat(second).contains("<data value=\"2\">");
		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isEqualTo(2);
	}

	@Test
	void headRequestsAreNotCounted() {
		Company company = this.testCompanies.company("Head Requests");
		String path = profile(company);

		assertThat(this.visits.head(path, "User-Agent", UserAgents.BROWSER)).isEqualTo(200);
		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		assertThat(this.visits.head(path, "User-Agent", UserAgents.BROWSER)).isEqualTo(200);

		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isEqualTo(1);
	}

	@Test
	void crawlersBotsScriptsAndRequestsWithoutAUserAgentAreNotCounted() {
		Company company = this.testCompanies.company("Crawled");
		String path = profile(company);

		// Before the page is rendered (the controller's path)...
		for (String userAgent : NOT_PEOPLE) {
			assertThat(this.visits.get(path, "User-Agent", userAgent)).isEqualTo(200);
		}
		assertThat(this.visits.rawGet(path, "", "127.0.0.1")).as("no User-Agent header").isEqualTo(200);
		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		// ...and once it is (the fast lane).
		for (String userAgent : NOT_PEOPLE) {
			assertThat(this.visits.get(path, "User-Agent", userAgent)).isEqualTo(200);
		}
		assertThat(this.visits.rawGet(path, "", "127.0.0.1")).isEqualTo(200);
		assertThat(this.visits.rawGet(path, "User-Agent: \r\n", "127.0.0.1")).isEqualTo(200);

		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isEqualTo(1);
	}

	@Test
	void prefetchesAndPrerendersAreNotCounted() {
		Company company = this.testCompanies.company("Prefetched");
		String path = profile(company);
		String[][] speculative = { { "Sec-Purpose", "prefetch" }, { "Sec-Purpose", "prefetch;prerender" },
				{ "Purpose", "prefetch" }, { "X-Purpose", "preview" }, { "X-Moz", "prefetch" } };

		for (String[] header : speculative) {
			this.visits.get(path, "User-Agent", UserAgents.BROWSER, header[0], header[1]);
		}
		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		for (String[] header : speculative) {
			this.visits.get(path, "User-Agent", UserAgents.BROWSER, header[0], header[1]);
		}

		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isEqualTo(1);
	}

	@Test
	void adminsAndTheCompanysOwnEmployersAreNotCountedOtherEmployersAre() {
		Company company = this.testCompanies.company("Staff Visits");
		Company other = this.testCompanies.company("Other Staff");
		String path = profile(company);
		Visits admin = signedIn(Role.ADMIN, null);
		Visits ownEmployer = signedIn(Role.EMPLOYER, company.getId());
		Visits otherEmployer = signedIn(Role.EMPLOYER, other.getId());

		admin.get(path, "User-Agent", UserAgents.BROWSER);
		ownEmployer.get(path, "User-Agent", UserAgents.BROWSER);
		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		admin.get(path, "User-Agent", UserAgents.BROWSER);
		ownEmployer.get(path, "User-Agent", UserAgents.BROWSER);
		otherEmployer.get(path, "User-Agent", UserAgents.BROWSER);

		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isEqualTo(2);
	}

	@Test
	void errorsAndRedirectsAreNotViews() {
		Company company = this.testCompanies.company("Moved Away");
		String formerSlug = "former-" + UUID.randomUUID().toString().substring(0, 8);
		this.slugHistory.recordRename(company.getId(), formerSlug, company.getSlug());
		Job draft = this.testCompanies.job(company, "Draft Role", JobStatus.DRAFT, null);
		Job open = this.testCompanies.job(company, "Open Role", JobStatus.OPEN, null);

		assertThat(this.visits.get("/companies/" + formerSlug, "User-Agent", UserAgents.BROWSER)).isEqualTo(301);
		assertThat(this.visits.get("/companies/no-such-company-" + formerSlug, "User-Agent", UserAgents.BROWSER))
			.isEqualTo(404);
		assertThat(this.visits.get("/jobs/" + draft.getId() + "/draft-role", "User-Agent", UserAgents.BROWSER))
			.isEqualTo(404);
		assertThat(this.visits.get("/jobs/" + open.getId(), "User-Agent", UserAgents.BROWSER)).isEqualTo(301);
		assertThat(this.visits.get("/jobs/" + open.getId() + "/old-title", "User-Agent", UserAgents.BROWSER))
			.isEqualTo(301);

		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).isZero();
		assertThat(storedTotal(ViewSubject.JOB, draft.getId())).isZero();
		assertThat(storedTotal(ViewSubject.JOB, open.getId())).isZero();
	}

	@Test
	void jobPagesAreCountedLikeProfilesWhetherOpenOrClosed() {
		Company company = this.testCompanies.company("Job Views");
		Job open = this.testCompanies.job(company, "Counted Role", JobStatus.OPEN, null);
		Job filled = this.testCompanies.job(company, "Filled Role", JobStatus.FILLED, null);
		Job expired = this.testCompanies.job(company, "Expired Role", JobStatus.OPEN, Instant.now().minusSeconds(60));
		Visits ownEmployer = signedIn(Role.EMPLOYER, company.getId());
		String path = "/jobs/" + open.getId() + "/counted-role";

		assertThat(this.visits.get(path, "User-Agent", UserAgents.BROWSER)).isEqualTo(200);
		assertThat(this.visits.get(path, "User-Agent", UserAgents.OTHER_BROWSER)).isEqualTo(200);
		for (String userAgent : NOT_PEOPLE) {
			this.visits.get(path, "User-Agent", userAgent);
		}
		this.visits.rawGet(path, "", "127.0.0.1");
		this.visits.head(path, "User-Agent", UserAgents.BROWSER);
		this.visits.get(path, "User-Agent", UserAgents.BROWSER, "Sec-Purpose", "prefetch");
		ownEmployer.get(path, "User-Agent", UserAgents.BROWSER);
		assertThat(this.visits.get("/jobs/" + filled.getId() + "/filled-role", "User-Agent", UserAgents.BROWSER))
			.isEqualTo(200);
		assertThat(this.visits.get("/jobs/" + expired.getId() + "/expired-role", "User-Agent", UserAgents.BROWSER))
			.isEqualTo(200);

		assertThat(storedTotal(ViewSubject.JOB, open.getId())).isEqualTo(2);
		assertThat(this.stored.uniqueVisitorsToday(ViewSubject.JOB, open.getId())).isEqualTo(2);
		assertThat(storedTotal(ViewSubject.JOB, filled.getId())).isEqualTo(1);
		assertThat(storedTotal(ViewSubject.JOB, expired.getId())).isEqualTo(1);
		assertThat(storedTotal(ViewSubject.COMPANY, company.getId())).as("a job's views are not its company's")
			.isZero();
	}

	private long storedTotal(ViewSubject subject, long id) {
		assertThat(this.viewCounter.flush()).isTrue();
		return this.stored.total(subject, id);
	}

	private Visits signedIn(Role role, Long companyId) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
		UserAccount account = this.users.save(new UserAccount(email, TestPasswords.HASH, role, companyId));
		return this.visits.signedIn(account.getEmail(), PASSWORD, UserAgents.BROWSER);
	}

	private static String profile(Company company) {
		return "/companies/" + company.getSlug();
	}

}
