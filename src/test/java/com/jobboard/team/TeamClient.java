package com.jobboard.team;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jobboard.support.HttpPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's browser over real HTTP (cookies kept, redirects not followed), with what
 * the team tests do in it: read a page, send one of its forms as the page has it, with
 * some fields changed.
 */
final class TeamClient {

	final HttpPages http;

	TeamClient(int port) {
		this.http = new HttpPages(port);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.get(path);
	}

	Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	/**
	 * A POST with the CSRF token of the given page (every form of a page carries the same
	 * one).
	 */
	HttpResponse<String> post(String path, String tokenPage, String... namesAndValues)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf(tokenPage));
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return this.http.post(path, form);
	}

	String csrf(String path) throws IOException, InterruptedException {
		Element token = page(path).selectFirst("input[name=_csrf]");
		assertThat(token).as("a CSRF token on %s", path).isNotNull();
		return token.val();
	}

	/**
	 * Sends the page's form whose action ends with the given text as a browser would
	 * (text fields, hidden fields, ticked boxes and chosen options), with the given
	 * fields changed; no submit button.
	 */
	HttpResponse<String> submit(String path, String actionEnding, String... changes)
			throws IOException, InterruptedException {
		Element form = page(path).select("form[method=post]")
			.stream()
			.filter((candidate) -> candidate.attr("action").endsWith(actionEnding))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form for " + actionEnding + " on " + path));
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if (type.equals("submit") || type.equals("file") || type.equals("button")
					|| ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
				continue;
			}
			String value = input.tagName().equals("select") ? input.select("option[selected]")
				.stream()
				.findFirst()
				.map((option) -> option.attr("value"))
				.orElse("") : input.tagName().equals("textarea") ? input.wholeText() : input.val();
			fields.putIfAbsent(input.attr("name"), value);
		}
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		return this.http.post(form.attr("action"), fields);
	}

	void signIn(String email, String password) throws IOException, InterruptedException {
		this.http.signIn(email, password);
	}

}
