package com.jobboard.company;

import javax.sql.DataSource;

import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The profile page is cheap on the database: at most two statements per view. */
@IntegrationTest
@AutoConfigureMockMvc
class ProfileStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Test
	void aProfileViewRunsAtMostTwoStatements() throws Exception {
		Company company = this.testCompanies.company("Statement Count", "# Hello\n\nA description.");
		this.testCompanies.job(company, "Counted Engineer", JobStatus.OPEN, null);
		String path = "/companies/" + company.getSlug();
		this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());

		int views = 20;
		QueryCountHolder.clear();
		for (int i = 0; i < views; i++) {
			// Each a counted view, unique visitors included (a person's browser, not a bot).
			this.mvc.perform(get(path).header("User-Agent", UserAgents.BROWSER)).andExpect(status().isOk());
		}
		long statements = QueryCountHolder.getGrandTotal().getTotal();

		// At least the freshness check runs on every view (which also shows the counting works).
		assertThat(statements).isBetween((long) views, 2L * views);
	}

	@Test
	void anEditIsSeenOnTheNextViewAndReloadsOnce() throws Exception {
		Company company = this.testCompanies.company("Edited Profile");
		String path = "/companies/" + company.getSlug();
		this.mvc.perform(get(path)).andExpect(status().isOk());

		company.setTagline("Freshly edited tagline");
		this.testCompanies.save(company);

		String page = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Freshly edited tagline");
	}

	@TestConfiguration
	static class CountingDataSource {

		/** Counts the statements each thread runs; MockMvc runs the request on the test's thread. */
		@Bean
		static BeanPostProcessor countingDataSourceWrapper() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !beanName.contains("Proxy")) {
						return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
					}
					return bean;
				}
			};
		}

	}

}
