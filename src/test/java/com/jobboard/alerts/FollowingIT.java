package com.jobboard.alerts;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.time.Clock;

import com.jobboard.company.Company;
import com.jobboard.job.JobRepository;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import com.jobboard.support.TestPasswords;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following a company: its new jobs by mail, and the exact follower count on the profile
 * (also when the profile comes from the anonymous fast lane's cache) and on the
 * statistics page.
 */
@IntegrationTest
class FollowingIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	Clock clock;

	@Autowired
	AlertRuns runs;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccountRepository users;

	HttpPages http;

	AlertTesting alerts;

	Company company;

	@BeforeEach
	void setUp() {
		TestMail.purge();
		this.http = new HttpPages(this.port);
		this.alerts = new AlertTesting(this.http, this.jobs, this.clock, this.runs, this.dispatcher);
		this.company = this.testCompanies.company("Followed Co");
		this.jdbc.sql("delete from action_log where action = 'ALERT_SIGN_UP'").update();
	}

	@AfterEach
	void forgetSignUps() {
		this.jdbc.sql("delete from action_log where action = 'ALERT_SIGN_UP'").update();
	}

	@Test
	void followersShowOnTheCachedProfileAtOnceAndFollowersGetTheCompanysNewJobs() throws Exception {
		assertThat(followersOnProfile()).isZero();
		assertThat(followersOnProfile()).as("served from the fast lane's cache now").isZero();
		String first = AlertTesting.address("follower");
		String second = AlertTesting.address("follower");
		assertThat(this.alerts.follow(this.company, first, AlertFrequency.INSTANT).statusCode()).isEqualTo(303);
		assertThat(followersOnProfile()).as("an unconfirmed follow does not count").isZero();
		this.alerts.confirmFromMail(first);
		assertThat(followersOnProfile()).isOne();
		assertThat(this.alerts.follow(this.company, second, AlertFrequency.DAILY).statusCode()).isEqualTo(303);
		this.alerts.confirmFromMail(second);
		assertThat(this.alerts.follow(this.company, second, AlertFrequency.WEEKLY).statusCode())
			.as("following again changes nothing")
			.isEqualTo(303);
		assertThat(followersOnProfile()).isEqualTo(2);

		TestMail.purge();
		Company other = this.testCompanies.company("Not Followed");
		this.alerts.publish(other, "Gardener", null);
		this.alerts.publish(this.company, "Roofer", null);
		this.alerts.runAndDeliver();
		java.util.List<MimeMessage> mails = AlertMailbox.to(first);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("1 new job: New jobs at " + this.company.getName());
		assertThat(AlertMailbox.text(mails.get(0))).contains("Roofer").doesNotContain("Gardener");
		assertThat(AlertMailbox.to(second)).as("a daily follower waits for the digest").isEmpty();

		String header = mails.get(0).getHeader("List-Unsubscribe")[0];
		HttpResponse<String> unsubscribed = new HttpPages(this.port)
			.send(HttpRequest.newBuilder(URI.create(header.substring(1, header.length() - 1)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(unsubscribed.statusCode()).isEqualTo(200);
		assertThat(followersOnProfile()).isOne();

		String admin = AlertTesting.address("admin");
		this.users.save(new UserAccount(admin, TestPasswords.HASH, Role.ADMIN, null));
		HttpPages signedIn = new HttpPages(this.port);
		signedIn.signIn(admin, TestPasswords.PASSWORD);
		Document stats = Jsoup.parse(signedIn.get("/admin/companies/" + this.company.getId() + "/stats").body());
		assertThat(stats.select("#followers-now dd").text()).isEqualTo("1");
		assertThat(stats.select("#followers-gained dd").text()).isEqualTo("2");
		assertThat(stats.select("#followers-lost dd").text()).isEqualTo("1");
		assertThat(stats.select("#follower-days tbody tr td").eachText()).containsExactly("2", "1", "1");
	}

	@Test
	void followingAnUnknownCompanyIs404() throws Exception {
		assertThat(this.http.get("/companies/no-such-company-" + AlertTesting.token() + "/follow").statusCode())
			.isEqualTo(404);
	}

	/**
	 * The Followers figure of the profile, as an anonymous visitor (no session) sees it.
	 */
	private long followersOnProfile() throws Exception {
		HttpResponse<String> page = new HttpPages(this.port).get("/companies/" + this.company.getSlug());
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("#overview-followers dt").text()).isEqualTo("Followers");
		return Long.parseLong(html.selectFirst("#overview-followers dd data").attr("value"));
	}

}
