package com.jobboard.applications;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.applications.ApplicationTestSupport.applyRequest;
import static com.jobboard.applications.ApplicationTestSupport.newAddress;
import static com.jobboard.applications.ApplicationTestSupport.openJob;
import static com.jobboard.applications.ApplicationTestSupport.uniqueEmail;
import static com.jobboard.applications.ApplicationTestSupport.validFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Apply form's rules that need no mail: the per-address limit, addresses mail cannot
 * go to, required fields.
 */
@IntegrationTest
class ApplyFormIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	JobRepository jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenApplicationsAnHourFromOneAddressThenTheFormSaysWhenToTryAgain() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Limited"), "Cook");
		String address = newAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(this.mvc
				.perform(applyRequest(job.getId(), validFields("Cook " + i, uniqueEmail("limit")), CvFiles.pdf(),
						"cv.pdf", address))
				.andReturn()
				.getResponse()
				.getStatus()).as("application %d", i).isEqualTo(303);
		}

		MvcResult limited = this.mvc
			.perform(applyRequest(job.getId(), validFields("Cook 10", uniqueEmail("limit")), CvFiles.pdf(), "cv.pdf",
					address))
			.andReturn();

		assertThat(limited.getResponse().getStatus()).isEqualTo(429);
		assertThat(limited.getResponse().getHeader("Retry-After")).isNotBlank();
		Document page = Jsoup.parse(limited.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".alert-error").text()).contains("Too many applications");
		assertThat(page.select("#name").val()).isEqualTo("Cook 10");
		assertThat(count(job)).isEqualTo(10);
		assertThat(this.mvc
			.perform(applyRequest(job.getId(), validFields("Other", uniqueEmail("limit")), CvFiles.pdf(), "cv.pdf",
					newAddress()))
			.andReturn()
			.getResponse()
			.getStatus()).as("another address").isEqualTo(303);
	}

	@Test
	void anAddressMailCannotBeSentToGetsAMessageBesideTheField() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Odd Address"), "Porter");
		Map<String, String> fields = validFields("Odd", "a,b@example.com");

		MvcResult result = this.mvc.perform(applyRequest(job.getId(), fields, CvFiles.pdf(), "cv.pdf", newAddress()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("#email-error")
			.text()).contains("Enter an e-mail address");
		assertThat(count(job)).isZero();
	}

	@Test
	void everyRequiredFieldHasItsMessage() throws Exception {
		Job job = openJob(this.testCompanies, this.jobs, this.testCompanies.company("Required"), "Gardener");
		Map<String, String> fields = validFields("", "");
		fields.remove("consent");
		fields.put("link", "javascript:alert(1)");
		fields.put("phone", "call me");

		MvcResult result = this.mvc.perform(applyRequest(job.getId(), fields, new byte[0], "", newAddress()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#name-error").text()).isEqualTo("Enter your name.");
		assertThat(page.select("#email-error").text()).isEqualTo("Enter your e-mail address.");
		assertThat(page.select("#phone-error").text()).contains("digits");
		assertThat(page.select("#link-error").text()).contains("https://");
		assertThat(page.select("#cv-error").text()).contains("Choose your CV");
		assertThat(page.select("#consent-error").text()).contains("agree");
		assertThat(count(job)).isZero();
	}

	private long count(Job job) {
		return this.jdbc.sql("select count(*) from job_applications where job_id = ?")
			.param(job.getId())
			.query(Long.class)
			.single();
	}

}
