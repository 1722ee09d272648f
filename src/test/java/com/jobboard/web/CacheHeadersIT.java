package com.jobboard.web;

import java.net.http.HttpResponse;

import com.jobboard.company.Company;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cache-Control of each page kind (web.CachePolicy), over real HTTP for anonymous
 * visitors.
 */
@IntegrationTest
class CacheHeadersIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	MockMvc mvc;

	private Company company;

	private Job job;

	private HttpPages pages;

	@BeforeEach
	void aCompanyWithAJob() {
		this.company = this.testCompanies.company("Cache Header Works");
		this.job = this.testCompanies.job(this.company, "Cache Header Welder", JobStatus.OPEN, null);
		this.pages = new HttpPages(this.port);
	}

	@Test
	void anonymousListsAndSearchResultsAreCachedBrieflyAndVaryWithTheLanguage() throws Exception {
		for (String path : new String[] { "/", "/companies", "/jobs", "/jobs?q=welder" }) {
			HttpResponse<String> response = this.pages.get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("public, max-age=60");
			assertThat(String.join(",", response.headers().allValues("Vary"))).as(path)
				.containsIgnoringCase("Accept-Language")
				.containsIgnoringCase("Cookie");
		}
	}

	@Test
	void theJobPageIsRevalidatedWithAnEtag() throws Exception {
		String path = "/jobs/" + this.job.getId() + "/" + this.job.getSlug();
		HttpResponse<String> response = this.pages.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-cache");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(String.join(",", response.headers().allValues("Vary"))).containsIgnoringCase("Accept-Language");
	}

	@Test
	void theCompanyProfileIsRevalidated() throws Exception {
		String path = "/companies/" + this.company.getSlug();
		// The first view is rendered by the controller, the second comes from the fast
		// lane.
		HttpResponse<String> first = this.pages.get(path);
		HttpResponse<String> second = new HttpPages(this.port).get(path);

		assertThat(first.headers().allValues("Cache-Control")).containsExactly("no-cache");
		assertThat(first.headers().firstValue("ETag")).isPresent();
		assertThat(second.headers().allValues("Cache-Control")).containsExactly("no-cache");
		assertThat(String.join(",", second.headers().allValues("Vary"))).containsIgnoringCase("Accept-Language");
	}

	@Test
	void formsAndTheLanguageSwitchAreNeverStored() throws Exception {
		for (String path : new String[] { "/login", "/jobs?lang=de" }) {
			HttpResponse<String> response = this.pages.get(path);

			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void adminPagesAreNeverStored() throws Exception {
		this.mvc.perform(get("/admin").with(user("cache-admin@example.com").roles("ADMIN")))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void publicPagesForASignedInPersonAreNeverStored() throws Exception {
		for (String path : new String[] { "/", "/companies", "/jobs/" + this.job.getId() + "/" + this.job.getSlug() }) {
			this.mvc.perform(get(path).with(user("cache-staff@example.com").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "no-store"));
		}
	}

}
