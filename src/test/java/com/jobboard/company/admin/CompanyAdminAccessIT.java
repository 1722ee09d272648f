package com.jobboard.company.admin;

import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.as;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may use which company admin page: admins everything, employers their own company's
 * form only.
 */
@IntegrationTest
class CompanyAdminAccessIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin/companies", "/admin/companies/new", "/admin/companies/1/edit",
			"/admin/companies/1/history", "/admin/companies/1/history/diff?to=1" })
	void anonymousPeopleAreSentToSignIn(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousPostIsRefused() throws Exception {
		Company company = this.testCompanies.company("Anonymous Post");

		int status = this.mvc
			.perform(multipart("/admin/companies/" + company.getId() + "/edit").param("name", "Hacked").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isIn(302, 401, 403);
		assertThat(this.companies.findById(company.getId()).orElseThrow().getName()).isEqualTo(company.getName());
	}

	@Test
	void employerEditsTheirOwnCompany() throws Exception {
		Company own = this.testCompanies.company("Own Company");
		SignedInUser employer = this.members.employerOf(own.getId());
		String editPath = "/admin/companies/" + own.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, employer));
		set(values, "tagline", "Edited by our employer");

		int status = this.mvc.perform(post(editPath, values, employer)).andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(303);
		assertThat(this.companies.findById(own.getId()).orElseThrow().getTagline()).isEqualTo("Edited by our employer");
	}

	@Test
	void fieldsThatAreNotOnTheFormCannotBeSetThroughIt() throws Exception {
		Company own = this.testCompanies.company("Mass Assignment");
		SignedInUser employer = this.members.employerOf(own.getId());
		String editPath = "/admin/companies/" + own.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, employer));
		set(values, "tagline", "Honest change");
		set(values, "status", "ARCHIVED");
		set(values, "id", "1");
		set(values, "logoId", "1");
		set(values, "descriptionHtml", "<script>alert(1)</script>");

		this.mvc.perform(post(editPath, values, employer)).andExpect(status().isSeeOther());

		Company saved = this.companies.findById(own.getId()).orElseThrow();
		assertThat(saved.getTagline()).isEqualTo("Honest change");
		assertThat(saved.isPublic()).isTrue();
		assertThat(saved.getLogoId()).isNull();
		assertThat(saved.getDescriptionHtml()).doesNotContain("script");
	}

	@Test
	void employerSeesNoAdminControlsOnTheirForm() throws Exception {
		Company own = this.testCompanies.company("No Admin Controls");

		var page = page(this.mvc, "/admin/companies/" + own.getId() + "/edit", this.members.employerOf(own.getId()));

		assertThat(page.select("form[action$=/archive], a[href$=/history], select#status")).isEmpty();
	}

	@Test
	void employerCannotOpenOrSaveAnotherCompany() throws Exception {
		Company own = this.testCompanies.company("Employer A");
		Company other = this.testCompanies.company("Employer B");
		SignedInUser employer = this.members.employerOf(own.getId());
		String otherPath = "/admin/companies/" + other.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, otherPath, admin()));
		set(values, "name", "Taken over");

		this.mvc.perform(get(otherPath).with(as(employer))).andExpect(status().isForbidden());
		this.mvc.perform(post(otherPath, values, employer)).andExpect(status().isForbidden());
		set(values, "preview", "true");
		this.mvc.perform(post(otherPath, values, employer)).andExpect(status().isForbidden());

		assertThat(this.companies.findById(other.getId()).orElseThrow().getName()).isEqualTo(other.getName());
	}

	@Test
	void employerCannotUseTheAdminOnlyPages() throws Exception {
		Company own = this.testCompanies.company("Employer Limits");
		SignedInUser employer = this.members.employerOf(own.getId());
		String base = "/admin/companies/" + own.getId();

		this.mvc.perform(get("/admin/companies").with(as(employer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/companies/new").with(as(employer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/companies/new", Map.of("name", List.of("Mine")), employer))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/history").with(as(employer))).andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/history/diff?to=1").with(as(employer))).andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/history/1/restore", Map.of(), employer)).andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/archive", Map.of(), employer)).andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/restore", Map.of(), employer)).andExpect(status().isForbidden());

		assertThat(this.companies.findById(own.getId()).orElseThrow().isPublic()).isTrue();
	}

	@Test
	void postWithoutCsrfTokenIsForbidden() throws Exception {
		Company company = this.testCompanies.company("No Csrf");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		SignedInUser admin = admin();

		this.mvc.perform(multipart(editPath).param("name", "Forged").with(as(admin))).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/admin/companies/" + company.getId() + "/archive").with(as(admin)))
			.andExpect(status().isForbidden());

		Company unchanged = this.companies.findById(company.getId()).orElseThrow();
		assertThat(unchanged.getName()).isEqualTo(company.getName());
		assertThat(unchanged.isPublic()).isTrue();
	}

	@Test
	void unknownCompanyAnswers404() throws Exception {
		SignedInUser admin = admin();

		this.mvc.perform(get("/admin/companies/" + Long.MAX_VALUE + "/edit").with(as(admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/companies/0/history").with(as(admin))).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/companies/-5/edit", Map.of("name", List.of("x")), admin))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/companies/" + Long.MAX_VALUE + "/archive", Map.of(), admin))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/admin/companies/abc/edit", "/admin/companies/1.5/edit",
			"/admin/companies/99999999999999999999/edit", "/admin/companies/abc/history",
			"/admin/companies/1/history/diff?to=abc", "/admin/companies/1/history/diff", "/admin/companies?page=abc" })
	void malformedAddressesAnswer4xx(String path) throws Exception {
		int status = this.mvc.perform(get(path).with(as(admin()))).andReturn().getResponse().getStatus();

		assertThat(status).isBetween(400, 404);
	}

	@Test
	void unknownRevisionAnswers404() throws Exception {
		Company company = this.testCompanies.company("No Such Revision");
		String base = "/admin/companies/" + company.getId() + "/history";
		SignedInUser admin = admin();

		this.mvc.perform(get(base + "/diff?to=" + Long.MAX_VALUE).with(as(admin))).andExpect(status().isNotFound());
		this.mvc.perform(post(base + "/" + Long.MAX_VALUE + "/restore", Map.of("version", List.of("0")), admin))
			.andExpect(status().isNotFound());
	}

}
