package com.jobboard.views;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unique visitors: one per address and browser per day, whatever they do and however
 * flushes fall.
 */
@IntegrationTest
class UniqueVisitorsIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	JdbcClient jdbc;

	Visits visits;

	StoredViews stored;

	@BeforeEach
	void setUp() {
		this.visits = new Visits(this.port);
		this.stored = new StoredViews(this.jdbc);
	}

	@Test
	void aVisitorIsCountedOnceADayHoweverOftenTheyComeBack() {
		Company company = this.testCompanies.company("Returning Visitor");
		String path = "/companies/" + company.getSlug();

		for (int i = 0; i < 5; i++) {
			this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		}
		assertThat(this.viewCounter.flush()).isTrue();
		for (int i = 0; i < 3; i++) {
			this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		}
		assertThat(this.viewCounter.flush()).isTrue();

		assertThat(this.stored.today(ViewSubject.COMPANY, company.getId())).isEqualTo(8);
		assertThat(this.stored.uniqueVisitorsToday(ViewSubject.COMPANY, company.getId())).isEqualTo(1);
		assertThat(this.stored.visitorHashesToday(ViewSubject.COMPANY, company.getId())).isEqualTo(1);
	}

	@Test
	void anotherBrowserOrAnotherAddressIsAnotherVisitor() {
		Company company = this.testCompanies.company("Several Visitors");
		String path = "/companies/" + company.getSlug();

		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		this.visits.get(path, "User-Agent", UserAgents.OTHER_BROWSER);
		this.visits.rawGet(path, "User-Agent: " + UserAgents.BROWSER + "\r\n", "127.0.0.2");
		this.visits.rawGet(path, "User-Agent: " + UserAgents.BROWSER + "\r\n", "127.0.0.2");
		this.visits.get(path, "User-Agent", UserAgents.BROWSER);
		assertThat(this.viewCounter.flush()).isTrue();

		assertThat(this.stored.today(ViewSubject.COMPANY, company.getId())).isEqualTo(5);
		assertThat(this.stored.uniqueVisitorsToday(ViewSubject.COMPANY, company.getId())).isEqualTo(3);
	}

	@Test
	void visitorsWhoAreNotCountedAreNotVisitorsEither() {
		Company company = this.testCompanies.company("Only Bots");
		String path = "/companies/" + company.getSlug();

		this.visits.get(path, "User-Agent", UserAgents.GOOGLEBOT);
		this.visits.head(path, "User-Agent", UserAgents.BROWSER);
		this.visits.get(path, "User-Agent", UserAgents.BROWSER, "Sec-Purpose", "prefetch");
		assertThat(this.viewCounter.flush()).isTrue();

		assertThat(this.stored.uniqueVisitorsToday(ViewSubject.COMPANY, company.getId())).isZero();
		assertThat(this.stored.visitorHashesToday(ViewSubject.COMPANY, company.getId())).isZero();
	}

	@Test
	void whatIsStoredOfAVisitorIsAHashKeyedWithTheDaysSecret() throws Exception {
		Company company = this.testCompanies.company("Hashed Visitor");
		this.visits.rawGet("/companies/" + company.getSlug(), "User-Agent: " + UserAgents.BROWSER + "\r\n",
				"127.0.0.1");
		assertThat(this.viewCounter.flush()).isTrue();

		// Nothing but the page, the day and a 64-bit hash...
		assertThat(this.jdbc.sql("""
				select column_name from information_schema.columns
				where table_name = 'company_daily_visitors' order by ordinal_position
				""").query(String.class).list()).containsExactly("company_id", "day", "visitor_hash");
		long stored = this.jdbc.sql("select visitor_hash from company_daily_visitors where company_id = ?")
			.param(company.getId())
			.query(Long.class)
			.single();
		// ...which is the HMAC of the visitor's digest with today's secret, not the
		// digest anyone could recompute.
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("127.0.0.1");
		request.addHeader("User-Agent", UserAgents.BROWSER);
		long digest = PageViews.visitor(request);
		byte[] secret = this.jdbc.sql("select secret from view_visitor_secrets where day = ?")
			.param(LocalDate.now(ZoneOffset.UTC))
			.query(byte[].class)
			.single();
		Mac hmac = Mac.getInstance("HmacSHA256");
		hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
		long keyed = ByteBuffer.wrap(hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(digest).array())).getLong();
		assertThat(stored).isEqualTo(keyed).isNotEqualTo(digest);
	}

}
