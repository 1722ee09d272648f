package com.jobboard.transfer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.HttpPages;
import com.jobboard.support.TestPasswords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in person over real HTTP (the upload servlet is outside MockMvc's reach). */
final class AdminBrowser {

	final HttpPages pages;

	private AdminBrowser(HttpPages pages) {
		this.pages = pages;
	}

	static AdminBrowser signedIn(int port, UserAccountRepository users, Role role, Long companyId) throws Exception {
		String email = "transfer-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.com";
		users.save(new UserAccount(email, TestPasswords.HASH, role, companyId));
		HttpPages pages = new HttpPages(port);
		pages.signIn(email, TestPasswords.PASSWORD);
		return new AdminBrowser(pages);
	}

	String csrf() throws Exception {
		Document form = Jsoup.parse(this.pages.get("/admin/import").body());
		return form.selectFirst("input[name=_csrf]").val();
	}

	/** Sends the import form with the file (and maybe the zip), as a browser would. */
	HttpResponse<String> upload(String fileName, byte[] file, Path zip) throws Exception {
		return upload(fileName, file, zip, null);
	}

	/** The same with the form's site key for a CSV. */
	HttpResponse<String> upload(String fileName, byte[] file, Path zip, String site) throws Exception {
		String token = csrf();
		String boundary = "----transfer" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", fileName, file);
		part(body, boundary, "uploads", (zip != null) ? "uploads.zip" : "",
				(zip != null) ? Files.readAllBytes(zip) : new byte[0]);
		if (site != null) {
			body.writeBytes(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"site\"\r\n\r\n" + site + "\r\n")
						.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.pages.send(HttpRequest.newBuilder(this.pages.uri(ImportUploadServlet.PATH))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] bytes) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The upload's page once its run is done: reloaded while it shows the progress (it
	 * asks for a refresh), as a browser would. The run is on a background thread, so this
	 * waits for that thread, not for the clock.
	 */
	HttpResponse<String> finished(String location) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			HttpResponse<String> page = this.pages.get(location);
			Document document = Jsoup.parse(page.body());
			if (document.select("meta[http-equiv=refresh]").isEmpty()) {
				return page;
			}
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(document.select("[role=status]").text()).contains("records so far");
			Thread.sleep(100);
		}
		throw new AssertionError("The import at " + location + " did not finish");
	}

	HttpResponse<String> confirm(String location) throws Exception {
		return this.pages.post(location, Map.of("_csrf", csrf()));
	}

}
