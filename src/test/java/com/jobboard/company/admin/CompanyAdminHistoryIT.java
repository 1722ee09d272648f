package com.jobboard.company.admin;

import java.util.List;
import java.util.Map;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.security.SignedInUser;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestMembers;
import com.jobboard.support.TestCompanies;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static com.jobboard.company.admin.AdminPages.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every saved state is kept as a revision; admins list, compare and restore them; archive
 * and restore.
 */
@IntegrationTest
class CompanyAdminHistoryIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyRevisions revisions;

	private final SignedInUser admin = admin();

	@Test
	void everySaveIsARevisionWithAuthorTimeAndAllFields() throws Exception {
		Company company = this.testCompanies.company("Revised", "First description");
		SignedInUser employer = this.members.employerOf(company.getId());
		edit(company, employer, Map.of("tagline", "Tagline one", "descriptionMarkdown", "Second description"));
		edit(company, this.admin, Map.of("tagline", "Tagline two"));

		List<Revision> all = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent();

		assertThat(all).extracting(Revision::kind)
			.containsExactly(RevisionKind.EDITED, RevisionKind.EDITED, RevisionKind.BASELINE);
		Revision latest = all.get(0);
		assertThat(latest.authorId()).isEqualTo(this.admin.id());
		assertThat(latest.authorEmail()).isEqualTo(this.admin.email());
		assertThat(latest.snapshot().tagline()).isEqualTo("Tagline two");
		assertThat(latest.snapshot().descriptionMarkdown()).isEqualTo("Second description");
		assertThat(latest.snapshot().name()).isEqualTo(company.getName());
		assertThat(latest.companyVersion())
			.isEqualTo(this.companies.findById(company.getId()).orElseThrow().getVersion());
		assertThat(all.get(1).authorEmail()).isEqualTo(employer.email());
		assertThat(all.get(2).authorEmail()).isNull();
		assertThat(all.get(2).snapshot().descriptionMarkdown()).isEqualTo("First description");
	}

	@Test
	void createdCompanyStartsItsHistoryWithACreatedRevision() throws Exception {
		String token = token();
		Map<String, List<String>> values = formValues(page(this.mvc, "/admin/companies/new", this.admin));
		set(values, "name", "Fresh History " + token);
		this.mvc.perform(post("/admin/companies/new", values, this.admin)).andReturn();
		Company company = this.companies.findBySlug("fresh-history-" + token).orElseThrow();

		List<Revision> all = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent();

		assertThat(all).extracting(Revision::kind).containsExactly(RevisionKind.CREATED);
		assertThat(all.get(0).snapshot().slug()).isEqualTo(company.getSlug());
	}

	@Test
	void historyPageListsRevisionsNewestFirstWithLabelledChoices() throws Exception {
		Company company = this.testCompanies.company("History Page");
		edit(company, this.admin, Map.of("tagline", "One"));
		edit(company, this.admin, Map.of("tagline", "Two"));

		Document page = page(this.mvc, "/admin/companies/" + company.getId() + "/history", this.admin);

		assertThat(page.select("h1").text()).isEqualTo("History of " + company.getName());
		List<Element> rows = page.select("table.history-table tbody tr");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("Edited");
		assertThat(rows.get(0).select("td").get(1).text()).isEqualTo(this.admin.email());
		assertThat(rows.get(2).select("td").get(2).text()).isEqualTo("State before history was kept");
		assertThat(rows.get(0).select("form[action$=/restore]")).isEmpty();
		assertThat(rows.get(1).select("form[action$=/restore]")).hasSize(1);
		for (Element control : page.select("main input:not([type=hidden])")) {
			assertThat(page.select("label[for=" + control.id() + "]")).as("label of %s", control.id()).hasSize(1);
		}
		assertThat(page.select("input[name=to][checked]").attr("form")).isEqualTo("compare");
	}

	@Test
	void diffShowsChangedFieldsAndTheDescriptionLineByLine() throws Exception {
		Company company = this.testCompanies.company("Diffed", "Intro\nKeep me\nOld line\nOutro");
		edit(company, this.admin, Map.of("tagline", "New tagline", "headquarters", "Lisbon", "descriptionMarkdown",
				"Intro\nKeep me\nNew line\nOutro\nAdded at the end"));
		List<Revision> all = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent();
		long to = all.get(0).id();
		long from = all.get(1).id();

		Document page = page(this.mvc,
				"/admin/companies/" + company.getId() + "/history/diff?from=" + from + "&to=" + to, this.admin);

		assertThat(page.select("h1").text()).isEqualTo("Changes to " + company.getName());
		assertThat(page.select("table.diff-table tbody th")).extracting(Element::text)
			.containsExactly("Tagline", "Headquarters");
		assertThat(page.select("table.diff-table tbody tr").get(0).select("td").eachText()).containsExactly("(empty)",
				"New tagline");
		assertThat(page.select(".line-diff .diff-removed")).extracting(Element::text)
			.containsExactly("− Removed: Old line");
		assertThat(page.select(".line-diff .diff-added")).extracting(Element::text)
			.containsExactly("+ Added: New line", "+ Added: Added at the end");
		assertThat(page.select(".line-diff .diff-same").eachText()).anyMatch((line) -> line.contains("Keep me"));
		Document previous = page(this.mvc, "/admin/companies/" + company.getId() + "/history/diff?to=" + to,
				this.admin);
		assertThat(previous.select("table.diff-table tbody th")).extracting(Element::text)
			.containsExactly("Tagline", "Headquarters");
	}

	@Test
	void restoringAnEarlierRevisionBringsItBackAsANewRevision() throws Exception {
		Company company = this.testCompanies.company("Restorable", "Original words");
		edit(company, this.admin, Map.of("tagline", "Regrettable", "descriptionMarkdown", "Regrettable words"));
		List<Revision> before = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent();
		Revision baseline = before.get(1);
		long version = this.companies.findById(company.getId()).orElseThrow().getVersion();

		MvcResult result = this.mvc
			.perform(post("/admin/companies/" + company.getId() + "/history/" + baseline.id() + "/restore",
					Map.of("version", List.of(Long.toString(version))), this.admin))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/companies/" + company.getId() + "/edit");
		assertThat(result.getFlashMap().get("message")).asString().startsWith("Restored revision #" + baseline.id());
		Company restored = this.companies.findById(company.getId()).orElseThrow();
		assertThat(restored.getTagline()).isNull();
		assertThat(restored.getDescriptionMarkdown()).isEqualTo("Original words");
		assertThat(restored.getDescriptionHtml()).startsWith("<p>Original words</p>");
		List<Revision> after = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent();
		assertThat(after).hasSize(3);
		assertThat(after.get(0).kind()).isEqualTo(RevisionKind.REVERTED);
		assertThat(after.get(0).note()).isEqualTo("Restored revision #" + baseline.id());
		assertThat(after.get(1).snapshot().tagline()).isEqualTo("Regrettable");
		assertThat(this.mvc.perform(get("/companies/" + restored.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Original words").doesNotContain("Regrettable");
	}

	@Test
	void restoringWithAStaleVersionIsRefused() throws Exception {
		Company company = this.testCompanies.company("Stale Restore");
		edit(company, this.admin, Map.of("tagline", "Newer"));
		Revision baseline = this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent().get(1);

		MvcResult result = this.mvc
			.perform(post("/admin/companies/" + company.getId() + "/history/" + baseline.id() + "/restore",
					Map.of("version", List.of("0")), this.admin))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/history");
		assertThat(result.getFlashMap().get("errorMessage")).asString().startsWith("The profile was changed");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getTagline()).isEqualTo("Newer");
	}

	@Test
	void archiveHidesTheCompanyAndRestoreBringsItBackEachAsARevision() throws Exception {
		Company company = this.testCompanies.company("Archivable");
		String base = "/admin/companies/" + company.getId();

		MvcResult archived = this.mvc.perform(post(base + "/archive", Map.of(), this.admin)).andReturn();

		assertThat(archived.getResponse().getRedirectedUrl()).isEqualTo(base + "/edit");
		assertThat(archived.getFlashMap().get("message")).asString().startsWith("Archived");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getStatus())
			.isEqualTo(CompanyStatus.ARCHIVED);
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page(this.mvc, base + "/edit", this.admin).select("form[action$=/restore] button").text())
			.isEqualTo("Restore from the archive");

		MvcResult restored = this.mvc.perform(post(base + "/restore", Map.of(), this.admin)).andReturn();

		assertThat(restored.getFlashMap().get("message")).asString().startsWith("Restored");
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug())).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.revisions.page(company.getId(), PageRequest.of(0, 20)).getContent()).extracting(Revision::kind)
			.containsExactly(RevisionKind.RESTORED, RevisionKind.ARCHIVED, RevisionKind.BASELINE);
		MvcResult again = this.mvc.perform(post(base + "/restore", Map.of(), this.admin)).andReturn();
		assertThat(again.getFlashMap().get("errorMessage")).asString().contains("already active");
	}

	@Test
	void adminListSearchesEveryStatusAndKeepsTheFilterInPageLinks() throws Exception {
		String token = token();
		for (int i = 0; i < 22; i++) {
			Company company = new Company("list-" + token + "-" + i, "List " + token + " " + String.format("%02d", i));
			company.setStatus((i % 2 == 0) ? CompanyStatus.ARCHIVED : CompanyStatus.ACTIVE);
			this.testCompanies.save(company);
		}

		Document first = page(this.mvc, "/admin/companies?q=" + token, this.admin);

		assertThat(first.select("h1")).hasSize(1);
		assertThat(first.select("table.admin-table tbody tr")).hasSize(20);
		assertThat(first.select(".result-count").text()).isEqualTo("22 companies");
		Element firstRow = first.selectFirst("table.admin-table tbody tr");
		assertThat(firstRow.select("th a").text()).isEqualTo("List " + token + " 00");
		assertThat(firstRow.select("th a").attr("href")).matches("/admin/companies/\\d+/edit");
		assertThat(firstRow.select(".status").text()).isEqualTo("Archived");
		String next = first.selectFirst("nav.pagination a[rel=next]").attr("href");
		assertThat(next).contains("q=" + token).contains("page=2");
		assertThat(page(this.mvc, next, this.admin).select("table.admin-table tbody tr")).hasSize(2);
		Document archivedOnly = page(this.mvc, "/admin/companies?q=" + token + "&status=archived", this.admin);
		assertThat(archivedOnly.select(".result-count").text()).isEqualTo("11 companies");
		assertThat(archivedOnly.select("select#status option[selected]").attr("value")).isEqualTo("archived");
	}

	private void edit(Company company, SignedInUser person, Map<String, String> changes) throws Exception {
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, person));
		changes.forEach((field, value) -> set(values, field, value));
		MvcResult result = this.mvc.perform(post(editPath, values, person)).andReturn();
		assertThat(result.getResponse().getStatus()).as("save of %s", changes).isEqualTo(303);
	}

}
