package com.jobboard.company.admin;

import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.fieldError;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.parse;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static com.jobboard.company.admin.AdminPages.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Changing a slug keeps old addresses working (301) and never lets two companies share
 * one.
 */
@IntegrationTest
class CompanyAdminSlugIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	private final SignedInUser admin = admin();

	@Test
	void changedSlugMovesTheProfileAndTheOldAddressAnswers301() throws Exception {
		Company company = this.testCompanies.company("Renamed");
		String oldSlug = company.getSlug();
		this.mvc.perform(get("/companies/" + oldSlug)).andReturn();
		String newSlug = "renamed-for-good-" + token();

		MvcResult saved = changeSlug(company, newSlug);

		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		assertThat(saved.getFlashMap().get("message")).asString().contains("/companies/" + oldSlug);
		assertThat(this.mvc.perform(get("/companies/" + newSlug)).andReturn().getResponse().getStatus()).isEqualTo(200);
		MvcResult old = this.mvc.perform(get("/companies/" + oldSlug)).andReturn();
		assertThat(old.getResponse().getStatus()).isEqualTo(301);
		assertThat(old.getResponse().getHeader("Location")).isEqualTo("/companies/" + newSlug);
	}

	@Test
	void everyEarlierSlugLeadsStraightToTheCurrentOne() throws Exception {
		Company company = this.testCompanies.company("Many Names");
		String first = company.getSlug();
		String second = "second-" + token();
		String third = "third-" + token();
		changeSlug(company, second);
		changeSlug(company, third);

		for (String old : List.of(first, second)) {
			MvcResult result = this.mvc.perform(get("/companies/" + old)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(301);
			assertThat(result.getResponse().getHeader("Location")).isEqualTo("/companies/" + third);
		}
	}

	@Test
	void goingBackToAnEarlierSlugServesItAgain() throws Exception {
		Company company = this.testCompanies.company("Back Again");
		String first = company.getSlug();
		String second = "detour-" + token();
		changeSlug(company, second);
		changeSlug(company, first);

		assertThat(this.mvc.perform(get("/companies/" + first)).andReturn().getResponse().getStatus()).isEqualTo(200);
		MvcResult detour = this.mvc.perform(get("/companies/" + second)).andReturn();
		assertThat(detour.getResponse().getStatus()).isEqualTo(301);
		assertThat(detour.getResponse().getHeader("Location")).isEqualTo("/companies/" + first);
	}

	@Test
	void oldSlugOfAnArchivedCompanyAnswers404() throws Exception {
		Company company = this.testCompanies.company("Archived Rename");
		String oldSlug = company.getSlug();
		changeSlug(company, "archived-now-" + token());
		Company saved = this.companies.findById(company.getId()).orElseThrow();
		saved.setStatus(CompanyStatus.ARCHIVED);
		this.testCompanies.save(saved);

		assertThat(this.mvc.perform(get("/companies/" + oldSlug)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void slugOfAnotherCompanyIsRefusedWithAMessage() throws Exception {
		Company taken = this.testCompanies.company("Slug Owner");
		Company company = this.testCompanies.company("Slug Wanter");

		MvcResult result = changeSlug(company, taken.getSlug());

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(fieldError(parse(result), "slug")).isEqualTo(
				"Another company already uses the address /companies/" + taken.getSlug() + ". Choose another slug.");
		assertThat(parse(result).getElementById("slug").attr("value")).isEqualTo(taken.getSlug());
		assertThat(this.companies.findById(company.getId()).orElseThrow().getSlug()).isEqualTo(company.getSlug());
	}

	@Test
	void unknownSlugStillAnswers404() throws Exception {
		assertThat(this.mvc.perform(get("/companies/never-was-" + token())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get("/companies/NOT_A_SLUG")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private MvcResult changeSlug(Company company, String slug) throws Exception {
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "slug", slug);
		return this.mvc.perform(post(editPath, values, this.admin)).andReturn();
	}

}
