package com.jobboard.alerts;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.support.HttpPages;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps the alert tests share: signing up and confirming over HTTP, publishing jobs,
 * running the alerts.
 */
final class AlertTesting {

	private final HttpPages http;

	private final JobRepository jobs;

	private final Clock clock;

	private final AlertRuns runs;

	private final MailDispatcher dispatcher;

	AlertTesting(HttpPages http, JobRepository jobs, Clock clock, AlertRuns runs, MailDispatcher dispatcher) {
		this.http = http;
		this.jobs = jobs;
		this.clock = clock;
		this.runs = runs;
		this.dispatcher = dispatcher;
	}

	static String address(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@alerts.example.test";
	}

	static String token() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/**
	 * Signs up from {@code /jobs} with the search as query parameters; answers the POST's
	 * response.
	 */
	HttpResponse<String> signUpForSearch(String query, String email, AlertFrequency frequency, String... headers)
			throws Exception {
		HttpResponse<String> form = this.http.get("/alerts/new?" + query, headers);
		assertThat(form.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(form.body());
		Map<String, String> fields = new LinkedHashMap<>();
		page.select("form.stacked-form input[type=hidden]")
			.forEach((input) -> fields.put(input.attr("name"), input.val()));
		fields.put("email", email);
		fields.put("frequency", frequency.name());
		return this.http.post("/alerts/new", fields, headers);
	}

	HttpResponse<String> follow(Company company, String email, AlertFrequency frequency) throws Exception {
		String path = "/companies/" + company.getSlug() + "/follow";
		Document page = Jsoup.parse(this.http.get(path).body());
		return this.http.post(path, Map.of("_csrf", page.selectFirst("input[name=_csrf]").val(), "email", email,
				"frequency", frequency.name()));
	}

	/**
	 * Delivers what is queued and follows the confirmation link in the address's latest
	 * mail.
	 */
	void confirmFromMail(String email) throws Exception {
		deliverAll();
		List<MimeMessage> mails = AlertMailbox.to(email);
		assertThat(mails).as("mails to " + email).isNotEmpty();
		String link = AlertMailbox.link(AlertMailbox.text(mails.get(mails.size() - 1)), "/alerts/confirm");
		HttpResponse<String> page = this.http.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(page.body());
		HttpResponse<String> confirmed = this.http.post("/alerts/confirm", Map.of("_csrf",
				form.selectFirst("input[name=_csrf]").val(), "token", form.selectFirst("input[name=token]").val()));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).startsWith("/alerts/manage?token=");
	}

	/** Signs up for the search and confirms it, through the pages and the mail. */
	void subscribed(String query, String email, AlertFrequency frequency) throws Exception {
		assertThat(signUpForSearch(query, email, frequency).statusCode()).isEqualTo(303);
		confirmFromMail(email);
	}

	/**
	 * A job published now (the clock's now), open until the given instant or for good.
	 */
	Job publish(Company company, String title, Instant expiresAt) {
		Job job = new Job(company, title, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), EmploymentType.FULL_TIME);
		job.setLocation("Hamburg");
		job.setStatus(JobStatus.OPEN);
		job.setPostedAt(this.clock.instant());
		job.setExpiresAt(expiresAt);
		return this.jobs.save(job);
	}

	/** Matches, sends and delivers everything due, as the scheduler would. */
	void runAndDeliver() {
		this.runs.run();
		deliverAll();
	}

	/**
	 * Delivers batch after batch until nothing is due (other tests' mail may be queued
	 * before ours).
	 */
	void deliverAll() {
		while (this.dispatcher.deliverDue() > 0) {
			// the next batch
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
