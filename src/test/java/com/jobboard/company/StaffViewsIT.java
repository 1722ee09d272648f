package com.jobboard.company;

import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.UserAgents;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Admins and the company's own team looking at its profile are not views; everyone else
 * is.
 */
@IntegrationTest
class StaffViewsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Test
	void adminsAndOwnEmployersAreNotCountedButOthersAre() throws Exception {
		Company company = this.testCompanies.company("Staff Views");
		Company other = this.testCompanies.company("Other Staff Views");
		String path = "/companies/" + company.getSlug();
		SignedInUser admin = new SignedInUser(900_001, "admin-views@example.com", "", Role.ADMIN, null, true);
		// Real accounts: whether someone is in a company's team is read from the
		// database.
		SignedInUser ownEmployer = employer("own-views", company);
		SignedInUser otherEmployer = employer("other-views", other);

		assertThat(viewed(get(path))).isEqualTo(1);
		assertThat(viewed(signedIn(get(path), admin))).isEqualTo(1);
		assertThat(viewed(signedIn(get(path), ownEmployer))).isEqualTo(1);
		assertThat(viewed(signedIn(get(path), otherEmployer))).isEqualTo(2);
		assertThat(viewed(get(path))).isEqualTo(3);
		assertThat(viewed(get(path))).isEqualTo(4);
	}

	@Test
	void aSignedInPersonsHeaderNeverReachesTheSharedPageCache() throws Exception {
		Company company = this.testCompanies.company("Cache Header");
		String path = "/companies/" + company.getSlug();
		SignedInUser admin = new SignedInUser(900_004, "admin-cache@example.com", "", Role.ADMIN, null, true);

		Document adminPage = page(signedIn(get(path), admin));
		Document anonymousPage = page(get(path));

		assertThat(adminPage.select("form[action=/logout]")).hasSize(1);
		assertThat(anonymousPage.select("form[action=/logout]")).isEmpty();
		assertThat(anonymousPage.select("input[name=_csrf]")).isEmpty();
		assertThat(anonymousPage.select("a[href=/login]")).hasSize(1);
	}

	/** An employer made for the company, so in its team, as they are on a request. */
	private SignedInUser employer(String prefix, Company company) {
		UserAccount account = this.users.save(
				new UserAccount(prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com",
						"{noop}unused", Role.EMPLOYER, company.getId()));
		return new SignedInUser(account.getId(), account.getEmail(), "", Role.EMPLOYER, company.getId(), true);
	}

	/**
	 * As a browser of a signed-in person sends it: with the session cookie (and the
	 * test's principal).
	 */
	private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, SignedInUser who) {
		return request.cookie(new Cookie("JOBBOARD_SESSION", "test-session")).with(user(who));
	}

	private long viewed(MockHttpServletRequestBuilder request) throws Exception {
		return Long.parseLong(page(request).selectFirst("#overview-viewed data").attr("value"));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.header("User-Agent", UserAgents.BROWSER))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
