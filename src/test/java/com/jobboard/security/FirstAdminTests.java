package com.jobboard.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.support.DatabaseTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.system.EmbeddedDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The first admin at start-up. Its decisions are tested against a stand-in repository,
 * since the shared test database always has admins; one test runs it on PostgreSQL in a
 * transaction that first disables every admin and is rolled back afterwards.
 */
class FirstAdminTests {

	private static final String EMAIL = "first.admin@example.com";

	private static final String PASSWORD = "a first admin password";

	private final UserAccountRepository users = mock(UserAccountRepository.class);

	private final RecordingEncoder passwordEncoder = new RecordingEncoder();

	@Test
	void withNoAdminItCreatesOneFromTheProperties() {
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(false);
		given(this.users.findByEmail(EMAIL)).willReturn(Optional.empty());

		firstAdmin(Optional.empty(), " " + EMAIL + " ", PASSWORD).run(null);

		UserAccount saved = saved();
		assertThat(saved.getEmail()).isEqualTo(EMAIL);
		assertThat(saved.getRole()).isEqualTo(Role.ADMIN);
		assertThat(saved.getCompanyId()).isNull();
		assertThat(saved.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
	}

	@Test
	void anExistingAccountWithTheAddressBecomesTheAdmin() {
		UserAccount employer = new UserAccount(EMAIL, "{noop}old", Role.EMPLOYER, 42L);
		employer.setEnabled(false);
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(false);
		given(this.users.findByEmail(EMAIL)).willReturn(Optional.of(employer));

		firstAdmin(Optional.empty(), EMAIL, PASSWORD).run(null);

		UserAccount saved = saved();
		assertThat(saved).isSameAs(employer);
		assertThat(saved.getRole()).isEqualTo(Role.ADMIN);
		assertThat(saved.getCompanyId()).isNull();
		assertThat(saved.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
	}

	@Test
	void withAnActiveAdminItDoesNothing() {
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(true);

		firstAdmin(Optional.of(new EmbeddedDatabase(5432)), EMAIL, PASSWORD).run(null);

		verify(this.users, never()).save(any());
	}

	@Test
	void aPasswordShorterThanTwelveCharactersIsRefused() {
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(false);

		assertThatIllegalStateException().isThrownBy(() -> firstAdmin(Optional.empty(), EMAIL, "elevenchars").run(null))
			.withMessageContaining("at least 12 characters");

		verify(this.users, never()).save(any());
	}

	@Test
	void withoutPropertiesNoAccountIsCreatedOnAnOrdinaryDatabase() {
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(false);

		firstAdmin(Optional.empty(), "", "").run(null);
		firstAdmin(Optional.empty(), EMAIL, "").run(null);
		firstAdmin(Optional.empty(), "", PASSWORD).run(null);

		verify(this.users, never()).save(any());
	}

	@Test
	void theEmbeddedDemoDatabaseGetsARandomPasswordNeverAFixedOne() {
		given(this.users.existsByRoleAndEnabledTrue(Role.ADMIN)).willReturn(false);
		given(this.users.findByEmail(anyString())).willReturn(Optional.empty());

		firstAdmin(Optional.of(new EmbeddedDatabase(5432)), "", "").run(null);
		firstAdmin(Optional.of(new EmbeddedDatabase(5432)), "", "").run(null);

		ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
		verify(this.users, times(2)).save(saved.capture());
		assertThat(saved.getAllValues()).extracting(UserAccount::getEmail).containsOnly(FirstAdmin.DEMO_ADMIN_EMAIL);
		List<String> passwords = this.passwordEncoder.encoded;
		assertThat(passwords).hasSize(2).doesNotHaveDuplicates();
		assertThat(passwords).allSatisfy((password) -> assertThat(password).hasSize(20).matches("[A-Za-z2-9]+"));
	}

	private FirstAdmin firstAdmin(Optional<EmbeddedDatabase> embedded, String email, String password) {
		return new FirstAdmin(this.users, this.passwordEncoder, embedded, email, password);
	}

	private UserAccount saved() {
		ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
		verify(this.users).save(saved.capture());
		return saved.getValue();
	}

	/** The real encoder, remembering what it was asked to encode. */
	private static final class RecordingEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

		final List<String> encoded = new ArrayList<>();

		@Override
		public String encode(CharSequence rawPassword) {
			this.encoded.add(rawPassword.toString());
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}

	}

	@Nested
	@DatabaseTest
	@Transactional
	class OnPostgreSql {

		@Autowired
		UserAccountRepository repository;

		@Autowired
		PasswordEncoder encoder;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		TestCompanies testCompanies;

		@Test
		void withNoActiveAdminItCreatesOneThatCanSignIn() {
			this.jdbc.sql("update users set enabled = false where role = 'ADMIN' and enabled").update();
			String email = TestAccounts.uniqueEmail("First.Admin");
			Company company = this.testCompanies.company("First Admin Bystander");
			this.repository.saveAndFlush(
					new UserAccount(TestAccounts.uniqueEmail("bystander"), "{noop}x", Role.EMPLOYER, company.getId()));

			new FirstAdmin(this.repository, this.encoder, Optional.empty(), email, PASSWORD).run(null);

			UserAccount admin = this.repository.findByEmail(email.toLowerCase()).orElseThrow();
			assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
			assertThat(admin.isEnabled()).isTrue();
			assertThat(this.encoder.matches(PASSWORD, admin.getPasswordHash())).isTrue();
			assertThat(this.repository.existsByRoleAndEnabledTrue(Role.ADMIN)).isTrue();
		}

	}

}
