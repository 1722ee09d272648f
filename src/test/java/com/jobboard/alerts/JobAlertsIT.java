package com.jobboard.alerts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
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
 * Job alerts over real HTTP, with mail delivered to the test SMTP server: double opt-in,
 * instant mails and digests with the clock moved, only new jobs still open, no empty
 * mails, unsubscribing.
 */
@IntegrationTest
class JobAlertsIT {

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

	HttpPages http;

	AlertTesting alerts;

	String word;

	Company company;

	@BeforeEach
	void setUp() {
		TestMail.purge();
		this.http = new HttpPages(this.port);
		this.alerts = new AlertTesting(this.http, this.jobs, this.clock, this.runs, this.dispatcher);
		// A word no other test's job has, so that only this test's jobs match this test's
		// alerts.
		this.word = "welder" + AlertTesting.token();
		this.company = this.testCompanies.company("Alerts Works");
		forgetSignUpsFromThisMachine();
	}

	@AfterEach
	void resetClock() {
		((TestClock) this.clock).reset();
		forgetSignUpsFromThisMachine();
	}

	/**
	 * Every test signs up from 127.0.0.1: the per-address limit must not hold back the
	 * next test.
	 */
	private void forgetSignUpsFromThisMachine() {
		this.jdbc.sql("delete from action_log where action = 'ALERT_SIGN_UP'").update();
	}

	@Test
	void nothingIsSentBeforeConfirmingThenAnInstantAlertMailsTheNewJob() throws Exception {
		String email = AlertTesting.address("instant");
		HttpResponse<String> signedUp = this.alerts.signUpForSearch("q=" + this.word, email, AlertFrequency.INSTANT);
		assertThat(signedUp.statusCode()).isEqualTo(303);
		assertThat(signedUp.headers().firstValue("Location")).hasValue("/alerts/sent");
		this.alerts.publish(this.company, "Senior " + this.word + " before confirming", null);
		this.alerts.runAndDeliver();
		List<MimeMessage> beforeConfirming = AlertMailbox.to(email);
		assertThat(beforeConfirming).hasSize(1);
		assertThat(beforeConfirming.get(0).getSubject()).startsWith("Confirm your job alert");
		assertThat(beforeConfirming.get(0).getHeader("List-Unsubscribe")).isNull();

		TestMail.purge();
		HttpResponse<String> confirmPage = this.http
			.get(AlertMailbox.link(AlertMailbox.text(beforeConfirming.get(0)), "/alerts/confirm"));
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("opening the link is not confirming (mail scanners open links)")
			.isEmpty();
		Document form = Jsoup.parse(confirmPage.body());
		assertThat(this.http.post("/alerts/confirm", Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(),
				"token", form.selectFirst("input[name=token]").val()))
			.statusCode()).isEqualTo(302);
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("the job published before confirming is not new to the alert").isEmpty();

		Job job = this.alerts.publish(this.company, this.word + " (m/f/d)", null);
		this.alerts.publish(this.company, "Baker", null);
		this.alerts.runAndDeliver();
		List<MimeMessage> mails = AlertMailbox.to(email);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("1 new job: “" + this.word + "”");
		String text = AlertMailbox.text(mail);
		assertThat(text)
			.contains(this.word + " (m/f/d)", this.company.getName(), "Hamburg",
					"/jobs/" + job.getId() + "/" + job.getSlug(), "/alerts/manage?token=")
			.doesNotContain("Baker");
		assertThat(mail.getHeader("List-Unsubscribe")[0])
			.matches("<http://localhost:\\d+/alerts/unsubscribe\\?token=.+>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

		TestMail.purge();
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("a job goes to an alert once").isEmpty();
	}

	@Test
	void aDailyDigestListsOnlyNewJobsStillOpenAndNoMailGoesOutWhenNothingIsNew() throws Exception {
		String email = AlertTesting.address("daily");
		this.alerts.subscribed("q=" + this.word, email, AlertFrequency.DAILY);
		TestMail.purge();
		Instant now = this.clock.instant();
		Job first = this.alerts.publish(this.company, "Lead " + this.word, null);
		this.alerts.publish(this.company, "Night " + this.word, now.plus(Duration.ofHours(3)));
		Job filled = this.alerts.publish(this.company, "Junior " + this.word, null);
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("a daily alert waits for its day").isEmpty();
		filled.setStatus(JobStatus.FILLED);
		this.jobs.save(filled);

		((TestClock) this.clock).advance(Duration.ofDays(1).plusMinutes(1));
		this.alerts.runAndDeliver();
		List<MimeMessage> digest = AlertMailbox.to(email);
		assertThat(digest).hasSize(1);
		String text = AlertMailbox.text(digest.get(0));
		assertThat(text).contains("Lead " + this.word, "/jobs/" + first.getId() + "/")
			.as("expired and filled jobs are left out")
			.doesNotContain("Night " + this.word, "Junior " + this.word);
		assertThat(digest.get(0).getSubject()).startsWith("1 new job");

		TestMail.purge();
		((TestClock) this.clock).advance(Duration.ofDays(1));
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("no mail when nothing is new").isEmpty();

		this.alerts.publish(this.company, "Chief " + this.word, null);
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).isEmpty();
		((TestClock) this.clock).advance(Duration.ofDays(1));
		this.alerts.runAndDeliver();
		List<MimeMessage> next = AlertMailbox.to(email);
		assertThat(next).hasSize(1);
		assertThat(AlertMailbox.text(next.get(0))).contains("Chief " + this.word).doesNotContain("Lead " + this.word);
	}

	@Test
	void oneClickUnsubscribeIsAPostWithoutCsrfTokenAndDeletesTheAddressWithItsLastAlert() throws Exception {
		String email = AlertTesting.address("unsubscribe");
		this.alerts.subscribed("q=" + this.word, email, AlertFrequency.INSTANT);
		TestMail.purge();
		this.alerts.publish(this.company, this.word, null);
		this.alerts.runAndDeliver();
		MimeMessage mail = AlertMailbox.to(email).get(0);
		String header = mail.getHeader("List-Unsubscribe")[0];
		URI oneClick = URI.create(header.substring(1, header.length() - 1));

		HttpResponse<String> confirmPage = new HttpPages(this.port)
			.get(oneClick.getRawPath() + "?" + oneClick.getRawQuery());
		assertThat(confirmPage.statusCode()).isEqualTo(200);
		assertThat(addressCount(email)).as("a GET changes nothing").isEqualTo(1);

		// What a mail client sends (RFC 8058): no cookie, no CSRF token.
		HttpResponse<String> unsubscribed = new HttpPages(this.port).send(HttpRequest.newBuilder(oneClick)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(unsubscribed.statusCode()).isEqualTo(200);
		assertThat(addressCount(email)).as("the address goes with its last alert").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from alerts a join alert_addresses e on e.id = a.address_id"
					+ " where lower(e.email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> again = new HttpPages(this.port).send(HttpRequest.newBuilder(oneClick)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(again.body()).text()).contains("This alert no longer exists");

		HttpResponse<String> otherPost = this.http.post("/alerts/manage/delete", Map.of("token", "x", "alert", "1"));
		assertThat(otherPost.statusCode()).as("only the unsubscribe POST goes without a CSRF token").isEqualTo(403);
	}

	@Test
	void tamperedOrMadeUpTokensGetAClearPageAndChangeNothing() throws Exception {
		String email = AlertTesting.address("tampered");
		assertThat(this.alerts.signUpForSearch("q=" + this.word, email, AlertFrequency.DAILY).statusCode())
			.isEqualTo(303);
		this.alerts.deliverAll();
		String link = AlertMailbox.link(AlertMailbox.text(AlertMailbox.to(email).get(0)), "/alerts/confirm");
		String token = link.substring(link.indexOf("token=") + 6);
		String state = alertState(email);
		String flipped = token.substring(0, 3) + ((token.charAt(3) == 'A') ? 'B' : 'A') + token.substring(4);
		for (String bad : List.of(flipped, token.substring(0, token.length() - 2), "", "abc.def", "x".repeat(5000),
				token.replace('.', '-'))) {
			HttpResponse<String> page = this.http.get("/alerts/confirm?token=" + AlertTesting.encode(bad));
			assertThat(page.statusCode()).as("GET confirm with " + bad).isIn(400, 414);
			assertThat(this.http.post("/alerts/unsubscribe?token=" + AlertTesting.encode(bad), Map.of()).statusCode())
				.isIn(400, 414);
			assertThat(this.http.get("/alerts/manage?token=" + AlertTesting.encode(bad)).statusCode()).isIn(400, 414);
		}
		HttpResponse<String> page = this.http.get("/alerts/confirm?token=" + AlertTesting.encode(flipped));
		assertThat(Jsoup.parse(page.body()).text()).contains("This link does not work");
		// A real token for another purpose does not work either: the confirmation link
		// cannot unsubscribe.
		assertThat(this.http.post("/alerts/unsubscribe?token=" + token, Map.of()).statusCode()).isEqualTo(400);
		assertThat(alertState(email)).isEqualTo(state);
		assertThat(this.http.get(link).statusCode()).as("the real link still works").isEqualTo(200);
	}

	@Test
	void confirmingTwiceAndAnExpiredLinkAnswer4xxAndChangeNothing() throws Exception {
		String email = AlertTesting.address("twice");
		this.alerts.subscribed("q=" + this.word, email, AlertFrequency.WEEKLY);
		String link = AlertMailbox.link(AlertMailbox.text(AlertMailbox.to(email).get(0)), "/alerts/confirm");
		String state = alertState(email);
		HttpResponse<String> again = this.http.get(link);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(again.body()).text()).contains("already confirmed");
		assertThat(alertState(email)).isEqualTo(state);

		String late = AlertTesting.address("late");
		assertThat(this.alerts.signUpForSearch("q=" + this.word, late, AlertFrequency.WEEKLY).statusCode())
			.isEqualTo(303);
		this.alerts.deliverAll();
		String lateLink = AlertMailbox.link(AlertMailbox.text(AlertMailbox.to(late).get(0)), "/alerts/confirm");
		((TestClock) this.clock).advance(Duration.ofDays(8));
		assertThat(this.http.get(lateLink).statusCode()).isEqualTo(410);
		assertThat(this.jdbc
			.sql("select count(*) from alerts a join alert_addresses e on e.id = a.address_id"
					+ " where e.email = ? and a.confirmed_at is null")
			.param(late)
			.query(Long.class)
			.single()).isOne();
		this.runs.run();
		assertThat(addressCount(late)).as("unconfirmed sign-ups are deleted after the link's time").isZero();
	}

	@Test
	void invalidAddressesAnswer422AndStoreNothing() throws Exception {
		for (String bad : List.of("not an address", "a@b@example.com", "Name <n@example.com>",
				"line@example.com\r\nBcc: x@example.com", "x".repeat(300) + "@example.com", "")) {
			HttpResponse<String> response = this.alerts.signUpForSearch("q=" + this.word, bad, AlertFrequency.DAILY);
			assertThat(response.statusCode()).as(bad).isEqualTo(422);
			assertThat(Jsoup.parse(response.body()).select("#email-error").text()).isNotBlank();
		}
		assertThat(this.jdbc.sql("select count(*) from alerts where keywords = ?")
			.param(this.word)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theManagePageChangesFrequencyPausesAndDeletes() throws Exception {
		String email = AlertTesting.address("manage");
		this.alerts.subscribed("q=" + this.word, email, AlertFrequency.INSTANT);
		this.alerts.subscribed("q=other" + this.word, email, AlertFrequency.INSTANT);
		this.alerts.runAndDeliver();
		TestMail.purge();
		this.alerts.publish(this.company, this.word, null);
		this.alerts.runAndDeliver();
		String manage = AlertMailbox.link(AlertMailbox.text(AlertMailbox.to(email).get(0)), "/alerts/manage");
		Document page = Jsoup.parse(this.http.get(manage).body());
		assertThat(page.select(".alert-item")).hasSize(2);
		String token = page.selectFirst("input[name=token]").val();
		String csrf = page.selectFirst("input[name=_csrf]").val();
		List<Long> ids = this.jdbc
			.sql("select a.id from alerts a join alert_addresses e on e.id = a.address_id"
					+ " where e.email = ? order by a.id")
			.param(email)
			.query(Long.class)
			.list();

		assertThat(
				this.http
					.post("/alerts/manage/frequency",
							Map.of("_csrf", csrf, "token", token, "alert", ids.get(0).toString(), "frequency",
									"WEEKLY"))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.http
			.post("/alerts/manage/pause",
					Map.of("_csrf", csrf, "token", token, "alert", ids.get(1).toString(), "paused", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select frequency || ',' || paused from alerts where id in (?, ?) order by id")
			.params(ids.get(0), ids.get(1))
			.query(String.class)
			.list()).containsExactly("WEEKLY,false", "INSTANT,true");

		TestMail.purge();
		this.alerts.publish(this.company, "other" + this.word, null);
		this.alerts.runAndDeliver();
		assertThat(AlertMailbox.to(email)).as("a paused alert sends nothing").isEmpty();

		assertThat(this.http
			.post("/alerts/manage/delete", Map.of("_csrf", csrf, "token", token + "x", "alert", ids.get(0).toString()))
			.statusCode()).isEqualTo(400);
		assertThat(this.http
			.post("/alerts/manage/delete", Map.of("_csrf", csrf, "token", token, "alert", ids.get(0).toString()))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> last = this.http.post("/alerts/manage/delete",
				Map.of("_csrf", csrf, "token", token, "alert", ids.get(1).toString()));
		assertThat(last.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(last.body()).text()).contains("your address with it");
		assertThat(addressCount(email)).isZero();
		assertThat(this.http.get(manage).statusCode()).isEqualTo(410);
	}

	@Test
	void alertsMailInTheLanguageOfTheSignUp() throws Exception {
		String email = AlertTesting.address("deutsch");
		assertThat(this.alerts
			.signUpForSearch("q=" + this.word, email, AlertFrequency.INSTANT, "Accept-Language", "de-DE,de;q=0.9")
			.statusCode()).isEqualTo(303);
		this.alerts.confirmFromMail(email);
		assertThat(AlertMailbox.to(email).get(0).getSubject()).startsWith("Bitte bestätigen Sie Ihren Suchauftrag");
		TestMail.purge();
		this.alerts.publish(this.company, this.word, null);
		this.alerts.publish(this.company, "Senior " + this.word, null);
		this.alerts.runAndDeliver();
		MimeMessage mail = AlertMailbox.to(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("2 neue Stellen: „" + this.word + "“");
		assertThat(AlertMailbox.text(mail)).contains("Suchauftrag");
	}

	private long addressCount(String email) {
		return this.jdbc.sql("select count(*) from alert_addresses where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.single();
	}

	private String alertState(String email) {
		return this.jdbc.sql("""
				select coalesce(string_agg(a::text, E'\\n' order by a.id), '') from alerts a
				join alert_addresses e on e.id = a.address_id where lower(e.email) = lower(?)
				""").param(email).query(String.class).single();
	}

}
