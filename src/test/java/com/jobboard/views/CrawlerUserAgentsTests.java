package com.jobboard.views;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawler list as Java reads it: every pattern compiles and recognises the user
 * agents the list gives as its examples, and the browsers people use are not taken for
 * crawlers. Run it after {@code scripts/update-crawler-user-agents.sh}.
 */
class CrawlerUserAgentsTests {

	private final CrawlerUserAgents crawlers = new CrawlerUserAgents();

	@Test
	void everyExampleInTheListIsRecognised() throws IOException {
		List<String> missed = new ArrayList<>();
		int examples = 0;
		try (InputStream in = new ClassPathResource(CrawlerUserAgents.LIST).getInputStream()) {
			for (JsonNode entry : JsonMapper.shared().readTree(in)) {
				Pattern pattern = Pattern.compile(entry.path("pattern").asString());
				for (JsonNode instance : entry.path("instances")) {
					examples++;
					String userAgent = instance.asString();
					if (!pattern.matcher(userAgent).find() || !this.crawlers.isCrawler(userAgent)) {
						missed.add(pattern + " | " + userAgent);
					}
				}
			}
		}
		assertThat(this.crawlers.size()).isGreaterThan(1000);
		assertThat(examples).isGreaterThan(1000);
		assertThat(missed).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
			"Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 Firefox/141.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 OPR/124.0.0.0",
			"Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0.0.0 Mobile/15E148 Safari/604.1" })
	void browsersAreNotCrawlers(String userAgent) {
		assertThat(this.crawlers.isCrawler(userAgent)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36",
			"curl/8.5.0", "Wget/1.21.4", "python-requests/2.32.3", "Go-http-client/2.0", "okhttp/4.12.0",
			"Apache-HttpClient/5.4 (Java/17.0.15)", "facebookexternalhit/1.1", "Slackbot-LinkExpanding 1.0" })
	void crawlersBotsAndScriptsAreRecognised(String userAgent) {
		assertThat(this.crawlers.isCrawler(userAgent)).isTrue();
	}

	@Test
	void noUserAgentIsABot() {
		assertThat(this.crawlers.isCrawler(null)).isTrue();
		assertThat(this.crawlers.isCrawler("")).isTrue();
		assertThat(this.crawlers.isCrawler("   ")).isTrue();
	}

}
