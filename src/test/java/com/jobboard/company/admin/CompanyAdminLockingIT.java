package com.jobboard.company.admin;

import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.parse;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people editing the same profile: the second save never silently overwrites the
 * first.
 */
@IntegrationTest
class CompanyAdminLockingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Test
	void secondSaveFromTheSameVersionGetsTheConflictFormWithItsTextAndTheChanges() throws Exception {
		Company company = this.testCompanies.company("Two Editors", "Line one\nLine two\nLine three");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		SignedInUser alice = admin();
		SignedInUser bob = this.members.employerOf(company.getId());
		Map<String, List<String>> alicesForm = formValues(page(this.mvc, editPath, alice));
		Map<String, List<String>> bobsForm = formValues(page(this.mvc, editPath, bob));
		set(alicesForm, "tagline", "Alice's tagline");
		set(alicesForm, "headquarters", "Oslo, Norway");
		set(alicesForm, "descriptionMarkdown", "Line one\nLine two, said Alice\nLine three");
		assertThat(this.mvc.perform(post(editPath, alicesForm, alice)).andReturn().getResponse().getStatus())
			.isEqualTo(303);
		set(bobsForm, "tagline", "Bob's tagline");
		set(bobsForm, "descriptionMarkdown", "Bob rewrote everything");

		MvcResult conflict = this.mvc.perform(post(editPath, bobsForm, bob)).andReturn();

		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		Document page = parse(conflict);
		Element section = page.selectFirst("section.conflict");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("h2").text())
			.isEqualTo("Someone else saved this profile while you were editing it");
		assertThat(section.select("table.diff-table thead th")).extracting(Element::text)
			.containsExactly("Field", "When you opened the form", "Saved now by someone else");
		assertThat(rowValues(section, "Tagline")).containsExactly("(empty)", "Alice's tagline");
		assertThat(rowValues(section, "Headquarters")).containsExactly("(empty)", "Oslo, Norway");
		assertThat(section.select("tbody th")).extracting(Element::text).containsExactly("Tagline", "Headquarters");
		assertThat(section.select(".line-diff .diff-removed").text()).contains("Line two");
		assertThat(section.select(".line-diff .diff-added").text()).contains("Line two, said Alice");
		// Bob's own text is all still there, and nothing of it was saved.
		assertThat(page.getElementById("tagline").attr("value")).isEqualTo("Bob's tagline");
		assertThat(page.getElementById("descriptionMarkdown").wholeText()).isEqualTo("Bob rewrote everything");
		Company saved = this.companies.findById(company.getId()).orElseThrow();
		assertThat(saved.getTagline()).isEqualTo("Alice's tagline");
		assertThat(saved.getDescriptionMarkdown()).isEqualTo("Line one\nLine two, said Alice\nLine three");
		// The form now carries the current version: saving again is Bob's deliberate
		// choice.
		assertThat(page.select("input[name=version]").attr("value")).isEqualTo(Long.toString(saved.getVersion()));
		Map<String, List<String>> again = formValues(page);
		assertThat(this.mvc.perform(post(editPath, again, bob)).andReturn().getResponse().getStatus()).isEqualTo(303);
		assertThat(this.companies.findById(company.getId()).orElseThrow().getTagline()).isEqualTo("Bob's tagline");
	}

	@Test
	void staleVersionWhoseChangesAreInvisibleStillSaves() throws Exception {
		Company company = this.testCompanies.company("Status Only");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		SignedInUser admin = admin();
		Map<String, List<String>> first = formValues(page(this.mvc, editPath, admin));
		Map<String, List<String>> second = formValues(page(this.mvc, editPath, admin));
		set(first, "tagline", "Same words");
		set(second, "tagline", "Same words");
		this.mvc.perform(post(editPath, first, admin)).andReturn();

		MvcResult result = this.mvc.perform(post(editPath, second, admin)).andReturn();

		// The second form only repeats what is saved: nothing to lose, nothing to show.
		assertThat(result.getResponse().getStatus()).isEqualTo(303);
	}

	@Test
	void formWithoutAVersionIsShownAgainAgainstTheSavedProfile() throws Exception {
		Company company = this.testCompanies.company("No Version");
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		SignedInUser admin = admin();
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, admin));
		values.remove("version");
		set(values, "tagline", "Without version");

		MvcResult result = this.mvc.perform(post(editPath, values, admin)).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		Document page = parse(result);
		assertThat(page.select("section.conflict table.diff-table thead th")).extracting(Element::text)
			.containsExactly("Field", "Your entry", "Saved now");
		assertThat(rowValues(page.selectFirst("section.conflict"), "Tagline")).containsExactly("Without version",
				"(empty)");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getTagline()).isNull();
	}

	private static List<String> rowValues(Element section, String label) {
		for (Element row : section.select("table.diff-table tbody tr")) {
			if (row.selectFirst("th").text().equals(label)) {
				return row.select("td").eachText();
			}
		}
		throw new AssertionError("No row " + label + " in " + section.outerHtml());
	}

}
