package com.jobboard.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches pages from the running test server as a browser would (no redirects followed), for
 * tests that read the HTML with jsoup.
 */
public final class PageClient {

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public PageClient(int port) {
		this.port = port;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public HttpResponse<String> get(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "text/html")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + path + " broke off: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The page at the path, which must answer 200 with HTML. */
	public Document html(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as("type of %s", path)
			.get()
			.asString()
			.startsWith("text/html");
		return Jsoup.parse(response.body());
	}

	/** A GET with a Host header of our choosing (java.net.http does not allow one), as HTTP/1.0 so the body is not chunked. */
	public String rawGet(String path, String host) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return response.substring(response.indexOf("\r\n\r\n") + 4);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
