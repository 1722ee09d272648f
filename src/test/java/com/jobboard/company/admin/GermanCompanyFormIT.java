package com.jobboard.company.admin;

import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.as;
import static com.jobboard.company.admin.AdminPages.fieldError;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.parse;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A German admin gets the company form, its validation messages, its select options and
 * the message after saving in German: Bean Validation, binding errors, the editor's own
 * checks and flash messages all come from the bundles.
 */
@IntegrationTest
class GermanCompanyFormIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	private final SignedInUser admin = admin();

	@Test
	void theFormAndItsErrorsAreInGerman() throws Exception {
		Company company = this.testCompanies.company("Deutsch");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Document form = parse(
				this.mvc.perform(get(editPath).header("Accept-Language", "de").with(as(this.admin))).andReturn());
		assertThat(form.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(form.select("label[for=name]").text()).isEqualTo("Name");
		assertThat(form.select("label[for=tagline]").text()).isEqualTo("Slogan");
		assertThat(form.select("#sizeBand option[value=SIZE_1001_5000]").text()).isEqualTo("1.001–5.000 Beschäftigte");

		Map<String, List<String>> values = formValues(form);
		set(values, "name", "");
		set(values, "phone", "ruf an");
		set(values, "foundedDate", "31-31-2020");
		set(values, "website", "javascript:alert(1)");
		MvcResult rejected = this.mvc.perform(post(editPath, values, this.admin).header("Accept-Language", "de"))
			.andReturn();

		assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
		Document page = parse(rejected);
		assertThat(page.select("#error-summary-heading").text())
			.isEqualTo("Nichts wurde gespeichert: Bitte prüfen Sie diese Felder");
		assertThat(fieldError(page, "name")).isEqualTo("Geben Sie den Namen des Unternehmens ein.");
		assertThat(fieldError(page, "phone")).startsWith("Verwenden Sie nur Ziffern");
		assertThat(fieldError(page, "foundedDate")).startsWith("Geben Sie das Datum als Jahr-Monat-Tag ein");
		assertThat(fieldError(page, "website")).startsWith("Geben Sie eine vollständige Webadresse ein");

		set(values, "name", "Deutsch gespeichert");
		set(values, "phone", "");
		set(values, "foundedDate", "");
		set(values, "website", "");
		MvcResult saved = this.mvc.perform(post(editPath, values, this.admin).header("Accept-Language", "de"))
			.andReturn();
		assertThat(saved.getFlashMap().get("message")).isEqualTo("Gespeichert.");
	}

}
