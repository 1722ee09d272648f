package com.jobboard.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import com.jobboard.company.Company;
import com.jobboard.company.SizeBand;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages speak the visitor's language: English by default, German for a browser that asks
 * for it, and whatever the footer's switch chose (kept in a cookie). The profile page's
 * cached bytes are kept per language, so one language never gets the other's page, in the
 * fast lane too.
 */
@IntegrationTest
class LanguageIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void withoutAcceptLanguageThePagesAreEnglish() throws Exception {
		HttpResponse<String> response = get("/companies", null, null);

		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("Companies");
		assertThat(page.select("a.skip-link").text()).isEqualTo("Skip to content");
		assertThat(response.headers().allValues("Vary"))
			.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));
	}

	@Test
	void aGermanBrowserGetsGermanPages() throws Exception {
		Document page = Jsoup.parse(get("/companies", "de-DE,de;q=0.9,en;q=0.8", null).body());

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(page.select("h1").text()).isEqualTo("Unternehmen");
		assertThat(page.select("a.skip-link").text()).isEqualTo("Zum Inhalt springen");
		assertThat(page.select("label[for=q]").text()).isEqualTo("Name des Unternehmens");
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() throws Exception {
		Document page = Jsoup.parse(get("/companies", "fr-FR,fr;q=0.9", null).body());

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(Languages.fromAcceptLanguage("fr;q=1, de;q=0.5")).hasToString("de");
		assertThat(Languages.fromAcceptLanguage("en;q=0.4, de-AT;q=0.8")).hasToString("de");
		assertThat(Languages.fromAcceptLanguage("not a header!!")).hasToString("en");
	}

	@Test
	void theFooterSwitchIsRememberedInACookieAndWinsOverTheBrowser() throws Exception {
		Document english = Jsoup.parse(get("/companies?q=x", null, null).body());
		String switchLink = english.select("footer .language-switch a[lang=de]").attr("href");
		assertThat(switchLink).isEqualTo("?q=x&lang=de");
		assertThat(english.select("footer .language-switch a[aria-current=true]").text()).isEqualTo("English");

		HttpResponse<String> switched = get("/companies" + switchLink, "en", null);
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith(Languages.COOKIE + "=de").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(Jsoup.parse(switched.body()).select("h1").text()).isEqualTo("Unternehmen");

		Document later = Jsoup.parse(get("/", "en-US,en", cookie.substring(0, cookie.indexOf(';'))).body());
		assertThat(later.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(later.select("footer .language-switch a[aria-current=true]").text()).isEqualTo("Deutsch");
	}

	@Test
	void anUnsupportedChoiceIsIgnored() throws Exception {
		HttpResponse<String> response = get("/companies?lang=fr", null, null);

		assertThat(response.headers().allValues("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith(Languages.COOKIE));
		assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void eachLanguageGetsItsOwnRenderedProfileInTheFastLaneToo() throws Exception {
		Company company = this.testCompanies.company("Sprachen");
		company.setFoundedDate(LocalDate.of(2014, 3, 1));
		company.setSizeBand(SizeBand.SIZE_1001_5000);
		company = this.testCompanies.save(company);
		this.jdbc.update("insert into company_view_totals (company_id, views) values (?, 1233)", company.getId());
		String path = "/companies/" + company.getSlug();

		// English first (rendered and cached), then German, then each again from the fast
		// lane.
		for (int round = 0; round < 2; round++) {
			HttpResponse<String> englishResponse = get(path, "en-GB,en", null);
			Document english = Jsoup.parse(englishResponse.body());
			assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
			assertThat(english.select("#overview-founded dt").text()).isEqualTo("Founded Date");
			assertThat(english.select("#overview-founded dd").text()).isEqualTo("March 1, 2014");
			assertThat(english.select("#overview-size dd").text()).isEqualTo("1,001–5,000 employees");
			assertThat(englishResponse.headers().allValues("Vary"))
				.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));

			HttpResponse<String> germanResponse = get(path, "de", null);
			Document german = Jsoup.parse(germanResponse.body());
			assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
			assertThat(german.select("#overview-founded dt").text()).isEqualTo("Gründungsdatum");
			assertThat(german.select("#overview-founded dd").text()).isEqualTo("1. März 2014");
			assertThat(german.select("#overview-size dd").text()).isEqualTo("1.001–5.000 Beschäftigte");
			assertThat(germanResponse.headers().allValues("Vary"))
				.anyMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("accept-language"));
		}

		// The view count is formatted for the page's language: 1,234 in English, 1.234 in
		// German.
		Document english = Jsoup.parse(get(path, null, null).body());
		Document german = Jsoup.parse(get(path, "de", null).body());
		assertThat(english.select("#overview-viewed data").text()).matches("1,23\\d");
		assertThat(german.select("#overview-viewed data").text()).matches("1\\.23\\d");
		assertThat(german.select("#overview-viewed data").attr("value")).matches("123\\d");
	}

	private HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return response;
	}

}
