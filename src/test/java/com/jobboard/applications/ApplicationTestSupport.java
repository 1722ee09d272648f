package com.jobboard.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.support.TestCompanies;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What the application tests share: jobs that take applications, valid forms, addresses
 * of their own, mail bodies.
 */
final class ApplicationTestSupport {

	/**
	 * Client addresses from the IPv6 documentation range, one per call, so the
	 * per-address limit never meets another test.
	 */
	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger((int) (System.nanoTime() & 0xFFFF) * 16);

	private ApplicationTestSupport() {
	}

	static String newAddress() {
		return "2001:db8::" + Integer.toHexString(NEXT_ADDRESS.incrementAndGet() & 0xFFFF) + ":"
				+ Integer.toHexString((NEXT_ADDRESS.get() >> 16) & 0xFFFF);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 10) + "@example.com";
	}

	/** An open job of the company, taking applications on the site. */
	static Job openJob(TestCompanies companies, JobRepository jobs, Company company, String title) {
		Job job = companies.job(company, title, JobStatus.OPEN, Instant.now().plus(Duration.ofDays(30)));
		job.setApplyOnSite(true);
		return jobs.save(job);
	}

	/** The Apply form's fields, complete and valid, for the address. */
	static Map<String, String> validFields(String name, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("email", email);
		fields.put("phone", "+49 30 1234567");
		fields.put("link", "https://portfolio.example.com/ada");
		fields.put("coverLetter", "Dear team,\n\nI would like to build robots with you.\n\nAda");
		fields.put("consent", "true");
		fields.put("homepage", "");
		return fields;
	}

	/**
	 * The Apply form's POST through MockMvc, with a CV and a CSRF token, from the given
	 * address.
	 */
	static MockMultipartHttpServletRequestBuilder applyRequest(long jobId, Map<String, String> fields, byte[] cv,
			String fileName, String address) {
		MockMultipartHttpServletRequestBuilder request = multipart("/jobs/" + jobId + "/apply");
		request.file(new MockMultipartFile("cv", fileName, "application/pdf", cv));
		fields.forEach(request::param);
		request.with(csrf()).with(from(address));
		return request;
	}

	/**
	 * An application written straight into the tables (for lists and retention), with its
	 * CV.
	 */
	static long insertApplication(JdbcClient jdbc, Job job, String name, String email, ApplicationStatus status,
			Instant createdAt) {
		long id = jdbc.sql("""
				insert into job_applications (job_id, company_id, name, email, email_key, cover_letter, locale, status,
				    consented_at, created_at, updated_at)
				values (?, ?, ?, ?, lower(?), ?, 'en', ?, ?, ?, ?)
				returning id
				""")
			.params(job.getId(), job.getCompany().getId(), name, email, email, "Letter of " + name, status.name(),
					Timestamp.from(createdAt), Timestamp.from(createdAt), Timestamp.from(createdAt))
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into application_cvs (application_id, file_name, content_type, bytes, sha256) values (?, ?, ?, ?, ?)")
			.params(id, "cv.pdf", CvCheck.PDF, CvFiles.pdf(), "x")
			.update();
		return id;
	}

	/** The text part of a mail. */
	static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			return textOf((Multipart) content);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String textOf(Multipart multipart) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				String text = textOf(nested);
				if (text != null) {
					return text;
				}
			}
			else if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
		}
		return null;
	}

	static List<MimeMessage> to(List<MimeMessage> messages, String address) {
		return messages.stream().filter((message) -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * A browser without JavaScript over real HTTP: cookies, CSRF tokens from the pages,
	 * multipart forms.
	 */
	static final class Browser {

		private final int port;

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		Browser(int port) {
			this.port = port;
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html");
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}

		/** Opens the Apply page and sends its form with these fields and file. */
		HttpResponse<String> apply(long jobId, Map<String, String> fields, byte[] cv, String fileName,
				String... headers) throws IOException, InterruptedException {
			Document form = Jsoup.parse(get("/jobs/" + jobId + "/apply", headers).body());
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", form.selectFirst("form.apply-form input[name=_csrf]").val());
			return postMultipart("/jobs/" + jobId + "/apply", all, "cv", fileName, cv, headers);
		}

		HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
				byte[] file, String... headers) throws IOException, InterruptedException {
			String boundary = "----applications" + UUID.randomUUID().toString().replace("-", "");
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			fields.forEach(
					(name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
							+ name + "\"\r\n\r\n" + value + "\r\n")
						.getBytes(StandardCharsets.UTF_8)));
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		/**
		 * Sends the form of the page that posts to the path, with its hidden fields and
		 * these values.
		 */
		HttpResponse<String> submit(String pagePath, String formAction, Map<String, String> values)
				throws IOException, InterruptedException {
			Document page = Jsoup.parse(get(pagePath).body());
			org.jsoup.nodes.Element form = page.select("form")
				.stream()
				.filter((candidate) -> candidate.attr("action").equals(formAction))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no form posting to " + formAction + " on " + pagePath));
			Map<String, String> fields = new LinkedHashMap<>();
			form.select("input[type=hidden]").forEach((input) -> fields.put(input.attr("name"), input.val()));
			fields.putAll(values);
			String encoded = fields.entrySet()
				.stream()
				.map((entry) -> java.net.URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ java.net.URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(java.util.stream.Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(uri(formAction))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(encoded))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		void signIn(String email, String password) throws IOException, InterruptedException {
			Document form = Jsoup.parse(get("/login").body());
			String body = "username=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ form.selectFirst("input[name=_csrf]").val();
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 302
					|| !response.headers().firstValue("Location").orElse("").endsWith("/admin")) {
				throw new AssertionError("sign-in failed: " + response.statusCode());
			}
		}

	}

}
