package com.jobboard.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person talking to the running application over real HTTP, the way a browser would:
 * with their own cookies (and so their own session), the CSRF token of that session on
 * every POST, and no redirects followed.
 */
final class HttpActor {

	private final String name;

	private final URI base;

	private final HttpClient client;

	private String csrfToken;

	private HttpActor(String name, URI base) {
		this.name = name;
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Nobody signed in, but with a session and its CSRF token, as a visitor who opened a
	 * form.
	 */
	static HttpActor anonymous(URI base) {
		HttpActor actor = new HttpActor("anonymous", base);
		actor.refreshCsrfToken("/login");
		return actor;
	}

	/** Signed in through the real sign-in form. */
	static HttpActor signedIn(String name, URI base, String email, String password) {
		HttpActor actor = new HttpActor(name, base);
		actor.refreshCsrfToken("/login");
		Response signIn = actor.post("/login", List.of(Map.entry("username", email), Map.entry("password", password)));
		if (signIn.status() != 302 || !"/admin".equals(URI.create(signIn.location()).getPath())) {
			throw new AssertionError(name + " could not sign in: " + signIn.status() + " → " + signIn.location());
		}
		// Signing in gives the session a new CSRF token.
		actor.refreshCsrfToken("/admin");
		return actor;
	}

	String name() {
		return this.name;
	}

	private void refreshCsrfToken(String page) {
		Response response = get(page);
		Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new AssertionError(this.name + ": no CSRF token on " + page + " (" + response.status() + ")");
		}
		this.csrfToken = token.val();
	}

	Response get(String pathAndQuery) {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), "GET " + pathAndQuery);
	}

	/**
	 * A form POST (application/x-www-form-urlencoded) with the session's CSRF token
	 * added.
	 */
	Response post(String path, List<Map.Entry<String, String>> parameters) {
		List<Map.Entry<String, String>> all = new ArrayList<>(parameters);
		all.add(Map.entry("_csrf", this.csrfToken));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(all))), "POST " + path);
	}

	/**
	 * A multipart POST: the parameters, and each file as (field name, file name, content
	 * type, bytes).
	 */
	Response postMultipart(String path, List<Map.Entry<String, String>> parameters, List<FilePart> files) {
		String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");
		List<byte[]> parts = new ArrayList<>();
		List<Map.Entry<String, String>> all = new ArrayList<>(parameters);
		all.add(Map.entry("_csrf", this.csrfToken));
		for (Map.Entry<String, String> parameter : all) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(parameter.getKey())
					+ "\"\r\n\r\n" + parameter.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		for (FilePart file : files) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(file.field())
					+ "\"; filename=\"" + quoted(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			parts.add(file.bytes());
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts)), "POST " + path + " (multipart)");
	}

	/** A JSON POST with the CSRF token in its header. */
	Response postJson(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.csrfToken)
			.POST(HttpRequest.BodyPublishers.ofString(json)), "POST " + path + " (JSON)");
	}

	private URI uri(String pathAndQuery) {
		return URI.create(this.base.toString() + pathAndQuery);
	}

	private Response send(HttpRequest.Builder request, String what) {
		try {
			HttpResponse<byte[]> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			String body = (contentType.startsWith("text/") || contentType.contains("json")
					|| contentType.contains("xml")) ? new String(response.body(), StandardCharsets.UTF_8) : "";
			return new Response(response.statusCode(), contentType, body,
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.name + ": " + what + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(List<Map.Entry<String, String>> parameters) {
		StringBuilder query = new StringBuilder();
		for (Map.Entry<String, String> parameter : parameters) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private static String quoted(String value) {
		return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** What came back. */
	record Response(int status, String contentType, String body, String location) {

		boolean isHtml() {
			return this.contentType.startsWith("text/html");
		}

		Document document() {
			return Jsoup.parse(this.body);
		}

	}

	/** A file in a multipart request. */
	record FilePart(String field, String fileName, String contentType, byte[] bytes) {
	}

}
