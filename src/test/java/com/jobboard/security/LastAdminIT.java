package com.jobboard.security;

import com.jobboard.company.Company;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static com.jobboard.security.TestAccounts.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The last active admin can be neither disabled nor demoted. Other tests leave admins
 * behind in the shared database, so each test here disables them all inside its own
 * transaction, which is rolled back at the end (MockMvc runs the request on the test's
 * thread, in that transaction). The acting admin is one whose account was disabled after
 * they signed in: the only way an admin can act on the last other admin.
 */
@IntegrationTest
@Transactional
class LastAdminIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdmin userAdmin;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCompanies testCompanies;

	TestAccounts accounts;

	UserAccount staleAdmin;

	UserAccount lastAdmin;

	@BeforeEach
	void onlyOneActiveAdmin() {
		this.accounts = new TestAccounts(this.users, this.passwordEncoder, this.jdbc);
		this.jdbc.sql("update users set enabled = false where role = 'ADMIN' and enabled").update();
		this.staleAdmin = this.accounts.admin("stale-admin");
		this.staleAdmin.setEnabled(false);
		this.users.saveAndFlush(this.staleAdmin);
		this.lastAdmin = this.accounts.admin("last-admin");
		this.users.flush();
	}

	@Test
	void theLastActiveAdminCannotBeDisabled() throws Exception {
		String body = this.mvc
			.perform(post("/admin/users/" + this.lastAdmin.getId() + "/disable").with(user(principal(this.staleAdmin)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(page.select(".alert-error").text()).contains(this.lastAdmin.getEmail())
			.contains("is the last active admin");
		assertThat(enabled(this.lastAdmin)).isTrue();
	}

	@Test
	void theLastActiveAdminCannotBeDemoted() throws Exception {
		Company company = this.testCompanies.company("Last Admin Demotion");

		String body = this.mvc
			.perform(post("/admin/users/" + this.lastAdmin.getId() + "/role").param("role", "EMPLOYER")
				.param("companyId", company.getId().toString())
				.with(user(principal(this.staleAdmin)))
				.with(csrf()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(page.getElementById("role-error").text()).contains("is the last active admin");
		assertThat(this.jdbc.sql("select role from users where id = ?")
			.param(this.lastAdmin.getId())
			.query(String.class)
			.single()).isEqualTo("ADMIN");
	}

	@Test
	void withASecondActiveAdminEitherMayGo() {
		UserAccount second = this.accounts.admin("second-admin");

		this.userAdmin.disable(this.lastAdmin.getId(), principal(second));

		assertThat(enabled(this.lastAdmin)).isFalse();
		assertThatExceptionOfType(RejectedChange.class)
			.isThrownBy(() -> this.userAdmin.disable(second.getId(), principal(this.staleAdmin)))
			.satisfies((rejected) -> assertThat(rejected.messageCode()).isEqualTo(UserAdmin.LAST_ADMIN));
	}

	@Test
	void aDisabledAdminCanBeDemotedEvenWithOneActiveAdminLeft() {
		Company company = this.testCompanies.company("Disabled Admin Demotion");

		RoleForm employer = new RoleForm(Role.EMPLOYER, company.getId());
		this.userAdmin.changeRole(this.staleAdmin.getId(), employer, principal(this.lastAdmin));

		assertThat(this.jdbc.sql("select role from users where id = ?")
			.param(this.staleAdmin.getId())
			.query(String.class)
			.single()).isEqualTo("EMPLOYER");
	}

	private boolean enabled(UserAccount account) {
		return this.jdbc.sql("select enabled from users where id = ?")
			.param(account.getId())
			.query(Boolean.class)
			.single();
	}

}
