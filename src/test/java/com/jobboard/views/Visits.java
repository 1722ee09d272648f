package com.jobboard.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page requests over real HTTP to an application on a local port, the way browsers, bots
 * and scripts send them: through the server's whole filter chain, fast lane included.
 */
final class Visits {

	private final int port;

	private final HttpClient client;

	Visits(int port) {
		this(port,
				HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(10))
					.build());
	}

	private Visits(int port, HttpClient client) {
		this.port = port;
		this.client = client;
	}

	/**
	 * GET with the given headers (name, value, name, value...); the response's status.
	 */
	int get(String path, String... headers) {
		return send(request(path, headers).GET().build()).statusCode();
	}

	/** GET with the given headers; the response's body. */
	String page(String path, String... headers) {
		HttpResponse<String> response = send(request(path, headers).GET().build());
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	int head(String path, String... headers) {
		return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode();
	}

	/**
	 * A GET written by hand, for what java.net.http will not send: no User-Agent header
	 * at all, or from another local address (127.0.0.2 reaches the server like another
	 * machine would).
	 * @param headerLines extra header lines, each ending in CRLF
	 * @return the response's status
	 */
	int rawGet(String path, String headerLines, String fromAddress) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n" + headerLines
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + path + " from " + fromAddress + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Signs in through the sign-in form; the visits of the signed-in person (their
	 * session cookie kept).
	 */
	Visits signedIn(String email, String password, String userAgent) {
		HttpClient session = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.cookieHandler(new CookieManager())
			.build();
		Visits visits = new Visits(this.port, session);
		String form = visits.page("/login", "User-Agent", userAgent);
		String token = Jsoup.parse(form).selectFirst("input[name=_csrf]").attr("value");
		String body = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<String> signIn = visits.send(visits.request("/login", "User-Agent", userAgent)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(signIn.statusCode()).as("sign-in answer").isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).as("signed in")
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error", "locked"));
		return visits;
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
