package com.jobboard.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests' one client of the running server over real HTTP (HTTP/1.1, redirects never
 * followed), for tests where the servlet container's own handling matters: error pages,
 * headers, limits, feeds, the JSON API. Three kinds: {@link #HttpPages(int) as a browser}
 * (cookies kept, HTML asked for), {@link #withoutCookies(int) as a browser that keeps no
 * cookies} (each request a new visitor) and {@link #plain(int) plain} (no cookies, no
 * {@code Accept} unless a request says one: machine-read resources).
 */
public final class HttpPages {

	/** What a browser asks for: error pages then come as HTML, not JSON. */
	public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final int port;

	private final HttpClient client;

	/** The cookies kept, or {@code null} when none are. */
	private final CookieManager cookies;

	/** The {@code Accept} header of every request, or {@code null} for none. */
	private final String accept;

	/** As a browser: cookies kept, HTML asked for. */
	public HttpPages(int port) {
		this(port, true, BROWSER_ACCEPT);
	}

	private HttpPages(int port, boolean keepCookies, String accept) {
		this.port = port;
		this.cookies = keepCookies ? new CookieManager() : null;
		this.accept = accept;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (this.cookies != null) {
			builder.cookieHandler(this.cookies);
		}
		this.client = builder.build();
	}

	/**
	 * As a browser that keeps no cookies, so that every request comes from a new visitor.
	 */
	public static HttpPages withoutCookies(int port) {
		return new HttpPages(port, false, BROWSER_ACCEPT);
	}

	/**
	 * As a program reading sitemaps, feeds or the JSON API: no cookies, no {@code Accept}
	 * unless a request says one.
	 */
	public static HttpPages plain(int port) {
		return new HttpPages(port, false, null);
	}

	/**
	 * The value of a cookie this client holds now ("NAME=value"), for requests sent by
	 * other means.
	 */
	public Optional<String> cookie(String name) {
		if (this.cookies == null) {
			return Optional.empty();
		}
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.findFirst();
	}

	/** The server's address, without a trailing slash: {@code http://localhost:PORT}. */
	public String base() {
		return "http://localhost:" + this.port;
	}

	public URI uri(String path) {
		return URI.create(base() + path);
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

	/**
	 * A request without a body in any method (HEAD, OPTIONS, PUT...), with the given
	 * extra headers.
	 */
	public HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()), headers);
	}

	public HttpResponse<String> send(HttpRequest.Builder request, String... headers)
			throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(30));
		if (this.accept != null) {
			request.header("Accept", this.accept);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The page at the path, which must answer 200 with HTML. */
	public Document html(String path) {
		HttpResponse<String> response;
		try {
			response = get(path);
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + path + " broke off: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as("type of %s", path)
			.get()
			.asString()
			.startsWith("text/html");
		return Jsoup.parse(response.body());
	}

	/**
	 * The body of a GET with a Host header of our choosing (java.net.http does not allow
	 * one), as HTTP/1.0 so the body is not chunked.
	 */
	public String rawGet(String path, String host) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host
					+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return response.substring(response.indexOf("\r\n\r\n") + 4);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Signs in through the form (as the real browser flow does, CSRF token included). */
	public void signIn(String email, String password) throws IOException, InterruptedException {
		Document form = Jsoup.parse(get("/login").body());
		String token = form.selectFirst("input[name=_csrf]").val();
		HttpResponse<String> response = post("/login", Map.of("username", email, "password", password, "_csrf", token));
		assertThat(response.statusCode()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/admin");
	}

	/**
	 * Asserts a friendly error page: the status, the site's layout, one heading, and
	 * nothing a visitor should not see (stack traces, exception or class names, the
	 * container's own page).
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
