package com.jobboard.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to a running server over real HTTP, as a browser would (cookies kept, redirects not
 * followed, HTML asked for), for tests where the servlet container's own handling matters:
 * error pages, headers, limits.
 */
public final class HttpPages {

	/** What a browser asks for: error pages then come as HTML, not JSON. */
	public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final int port;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	public HttpPages(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The value of a cookie this client holds now ("NAME=value"), for requests sent by other means. */
	public java.util.Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.findFirst();
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** A GET with the given extra headers, as name, value, name, value... */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	/** A POST of a url-encoded form. */
	public HttpResponse<String> post(String path, Map<String, String> form, String... headers)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), headers);
	}

	public HttpResponse<String> send(HttpRequest.Builder request, String... headers)
			throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(30)).header("Accept", BROWSER_ACCEPT);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Signs in through the form (as the real browser flow does, CSRF token included). */
	public void signIn(String email, String password) throws IOException, InterruptedException {
		Document form = Jsoup.parse(get("/login").body());
		String token = form.selectFirst("input[name=_csrf]").val();
		HttpResponse<String> response = post("/login",
				Map.of("username", email, "password", password, "_csrf", token));
		assertThat(response.statusCode()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/admin");
	}

	/**
	 * Asserts a friendly error page: the status, the site's layout, one heading, and nothing a
	 * visitor should not see (stack traces, exception or class names, the container's own page).
	 * @return the parsed page
	 */
	public static Document assertFriendlyErrorPage(HttpResponse<String> response, int status, String heading) {
		assertThat(response.statusCode()).as("status").isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("header.site-header")).as("the site's layout").hasSize(1);
		assertThat(page.select("h1").eachText()).containsExactly(heading);
		assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.", "com.jobboard", "java.",
				"org.springframework", "Whitelabel", "Apache Tomcat", "Stacktrace");
		return page;
	}

}
