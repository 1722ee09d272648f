package com.jobboard.hostile;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SocialNetwork;
import com.jobboard.company.admin.CompanyEditor;
import com.jobboard.company.admin.CompanyForm;
import com.jobboard.job.Job;
import com.jobboard.job.JobStatus;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The data the hostile-input tests aim at, and the real ids and slugs that fill the path
 * variables of every endpoint: a public company with a sector, logo, revisions and an
 * open job, its employer, an admin, another user for the admin's user forms, and
 * throwaways for the one-click actions (archive, disable, approve…) so that those never
 * change the main data.
 */
final class HostileFixture {

	static final String PASSWORD = TestPasswords.PASSWORD;

	/**
	 * A path variable, with any regular expression (which may hold braces itself:
	 * {@code \d{1,6}}).
	 */
	static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^{}:]+)(?::(?:[^{}]|\\{[^{}]*})*)?}");

	private final TestCompanies testCompanies;

	private final UserAccountRepository users;

	private final EmployerAccounts employerAccounts;

	private final JdbcClient jdbc;

	private final String passwordHash;

	final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

	final Sector sector;

	final Company company;

	final Job job;

	final long logoId;

	final long revisionId;

	final UserAccount admin;

	final UserAccount employer;

	final UserAccount otherUser;

	/** An application to the job, for the inbox pages. */
	final long applicationId;

	/** A candidate's private link (another candidate's application), for their pages. */
	final String candidateToken;

	/**
	 * An open invitation to the company's team, for the accept page
	 * ({@code /invitations/{token}}).
	 */
	final String invitationToken;

	/** Throwaways by the address pattern they serve, made on first use. */
	private final Map<String, Long> throwaways = new HashMap<>();

	HostileFixture(TestCompanies testCompanies, SectorRepository sectors, LogoStore logos, CompanyEditor editor,
			UserAccountRepository users, EmployerAccounts employerAccounts, PasswordEncoder passwordEncoder,
			JdbcClient jdbc, byte[] png) {
		this.testCompanies = testCompanies;
		this.users = users;
		this.employerAccounts = employerAccounts;
		this.jdbc = jdbc;
		this.passwordHash = TestPasswords.HASH;
		this.sector = sectors.save(new Sector("Hostile Sector " + this.token, "hostile-sector-" + this.token));
		Company company = testCompanies.company("Hostile Target", "# About\n\nWe make *things*.");
		company.setWebsite("https://target.example.com");
		company.setSocialLinks(
				company.getSocialLinks().with(SocialNetwork.LINKEDIN, "https://www.linkedin.com/company/target"));
		company.setLogoId(logos.store("image/png", png));
		company.getSectors().add(this.sector);
		this.company = testCompanies.save(company);
		this.logoId = this.company.getLogoId();
		this.job = testCompanies.job(this.company, "Hostile Target Welder", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		this.admin = account("hostile-admin", Role.ADMIN, null);
		this.employer = account("hostile-employer", Role.EMPLOYER, this.company.getId());
		this.otherUser = account("hostile-other", Role.EMPLOYER, this.company.getId());
		this.revisionId = edit(editor);
		// The job takes applications on the site, so that its Apply form is there to be
		// attacked.
		jdbc.sql("update jobs set apply_on_site = true where id = ?").param(this.job.getId()).update();
		this.applicationId = application("hostile-inbox-" + this.token + "@example.com");
		String candidate = "hostile-candidate-" + this.token + "@example.com";
		application(candidate);
		this.candidateToken = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(UUID.randomUUID()
				.toString()
				.repeat(2)
				.substring(0, 32)
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		jdbc.sql("insert into candidate_links (token_sha256, email_key, created_at) values (?, ?, now())")
			.params(sha256(this.candidateToken), candidate)
			.update();
		this.invitationToken = openInvitation();
	}

	private long application(String email) {
		long id = this.jdbc
			.sql("""
					insert into job_applications (job_id, company_id, name, email, email_key, cover_letter, locale, consented_at,
					    created_at, updated_at)
					values (?, ?, 'Hostile Candidate', ?, ?, 'A letter', 'en', now(), now(), now())
					returning id
					""")
			.params(this.job.getId(), this.company.getId(), email, email)
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into application_cvs (application_id, file_name, content_type, bytes, sha256) values (?, 'cv.txt', 'text/plain', ?, 'x')")
			.params(id, "A CV".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.update();
		return id;
	}

	private static byte[] sha256(String token) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An invitation as the team's owners send it: a random token whose SHA-256 alone is
	 * stored.
	 */
	private String openInvitation() {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		byte[] hash;
		try {
			hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		this.jdbc.sql("""
				insert into team_invitations (company_id, email, role, token_hash, created_at, expires_at)
				values (?, ?, 'EDITOR', ?, now(), now() + interval '7 days')
				""").params(this.company.getId(), "hostile-invitee-" + this.token + "@example.com", hash).update();
		return token;
	}

	private UserAccount account(String prefix, Role role, Long companyId) {
		return this.users.save(new UserAccount(
				prefix + "-" + this.token + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
				this.passwordHash, role, companyId));
	}

	/**
	 * An admin's edit, so that the company has a history to show and a revision to
	 * restore.
	 */
	private long edit(CompanyEditor editor) {
		CompanyForm form = new CompanyForm();
		form.setName(this.company.getName());
		form.setSlug(this.company.getSlug());
		form.setTagline("Seen by the hostile-input tests");
		form.setWebsite(this.company.getWebsite());
		form.setSectorIds(List.of(this.sector.getId()));
		form.setDescriptionMarkdown(this.company.getDescriptionMarkdown());
		form.setVersion(this.company.getVersion());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		editor.update(this.company.getId(), form, errors, principal(this.admin));
		if (errors.hasErrors()) {
			throw new IllegalStateException("Fixture edit refused: " + errors);
		}
		return this.jdbc.sql("select max(id) from company_revisions where company_id = ?")
			.param(this.company.getId())
			.query(Long.class)
			.single();
	}

	static SignedInUser principal(UserAccount account) {
		return new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole(),
				account.getCompanyId(), account.isEnabled());
	}

	/**
	 * The endpoint's address with real ids and slugs. A POST without fields is a
	 * one-click action on its target, so it gets a throwaway of its own instead of the
	 * main data.
	 * @throws IllegalArgumentException when there is no test data for a path variable
	 */
	String path(Endpoints.Endpoint endpoint) {
		boolean action = endpoint.method() == org.springframework.web.bind.annotation.RequestMethod.POST
				&& endpoint.fields().isEmpty();
		String[] segments = endpoint.pattern().split("/", -1);
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			Matcher matcher = VARIABLE.matcher(segment);
			StringBuilder value = new StringBuilder();
			while (matcher.find()) {
				// A variable inside a segment (companies-{number}.xml) takes its meaning
				// from the text before it.
				String before = segment.substring(0, matcher.start()).replaceAll("\\W+$", "");
				String previous = before.isEmpty() ? segments[i - 1] : before;
				matcher.appendReplacement(value, Matcher.quoteReplacement(
						value(endpoint, matcher.group(1), previous, (i > 1) ? segments[i - 2] : "", action)));
			}
			matcher.appendTail(value);
			path.append('/').append(value);
		}
		return (path.length() == 0) ? "/" : path.toString();
	}

	private String value(Endpoints.Endpoint endpoint, String name, String previous, String beforePrevious,
			boolean action) {
		String key = endpoint.method() + " " + endpoint.pattern();
		if (name.equals("number") || name.equals("page")) {
			return "1";
		}
		switch (previous) {
			case "companies":
				if (name.equals("slug")) {
					return this.company.getSlug();
				}
				return Long.toString(action ? throwaway(key, this::throwawayCompany) : this.company.getId());
			case "jobs":
				return Long.toString(action ? throwaway(key, this::throwawayJob) : this.job.getId());
			case "logos":
				return Long.toString(this.logoId);
			case "users":
				return Long.toString(action ? throwaway(key, this::throwawayUser) : this.otherUser.getId());
			case "approvals":
				return Long.toString(throwaway(key, this::throwawaySignUp));
			case "history":
				return Long.toString(this.revisionId);
			case "applications":
				return Long.toString(this.applicationId);
			case "my-applications":
				return this.candidateToken;
			case "members":
				// A member of the team: the other user (an employer made for the company
				// owns it).
				return Long.toString(action ? throwaway(key, this::throwawayUser) : this.otherUser.getId());
			case "invitations":
				if (name.equals("token")) {
					return this.invitationToken;
				}
				return Long.toString(this.jdbc.sql("select max(id) from team_invitations where company_id = ?")
					.param(this.company.getId())
					.query(Long.class)
					.single());
			case "mail":
				return Long.toString(throwaway("mail", this::mailInOutbox));
			case "sectors":
			case "sector":
				return this.sector.getSlug();
			case "health":
				return "liveness";
			case "import":
				// An upload that does not exist (a real one is a file on disk:
				// ImportPagesIT uploads them).
				return UUID.randomUUID().toString();
			case "company":
			case "employer":
				// The old WordPress addresses: an existing slug answers 301.
				return this.company.getSlug();
			case "job":
				return this.job.getSlug();
			default:
				if (VARIABLE.matcher(previous).matches() && beforePrevious.equals("jobs") && name.equals("slug")) {
					return this.job.getSlug();
				}
				throw new IllegalArgumentException("no test data for {" + name + "} in " + endpoint.pattern()
						+ ": teach HostileFixture.path which id or slug it takes");
		}
	}

	private long throwaway(String key, java.util.function.LongSupplier make) {
		return this.throwaways.computeIfAbsent(key, (ignored) -> make.getAsLong());
	}

	private long throwawayCompany() {
		Company company = this.testCompanies.company("Hostile Throwaway");
		company.setStatus(CompanyStatus.PENDING);
		return this.testCompanies.save(company).getId();
	}

	private long throwawayJob() {
		return this.testCompanies.job(this.company, "Hostile Throwaway Job", JobStatus.DRAFT, null).getId();
	}

	private long throwawayUser() {
		return account("hostile-throwaway", Role.EMPLOYER, this.company.getId()).getId();
	}

	private long throwawaySignUp() {
		long companyId = throwawayCompany();
		return this.employerAccounts
			.registerPending("hostile-signup-" + UUID.randomUUID() + "@example.com", PASSWORD, companyId)
			.id();
	}

	/** A message in the outbox, kept and never sent, for the admins' mail pages. */
	private long mailInOutbox() {
		return this.jdbc.sql("""
				insert into mail_outbox (to_address, from_address, subject, text_body, html_body, message_id, template,
				    locale, state, next_attempt_at, created_at)
				values (:to, 'Job Board <no-reply@localhost>', 'Hostile subject', 'Hostile text', '<p>Hostile html</p>',
				    :messageId, 'admin/test', 'en', 'HELD', now(), now())
				returning id""")
			.param("to", "hostile-mail-" + this.token + "@example.com")
			.param("messageId", "<" + UUID.randomUUID() + "@localhost>")
			.query(Long.class)
			.single();
	}

	/**
	 * The main data, as one text: equal before and after a request means the request
	 * changed nothing.
	 */
	String state() {
		Set<Long> accounts = Set.of(this.admin.getId(), this.employer.getId(), this.otherUser.getId());
		return this.jdbc
			.sql("""
					select concat_ws(E'\\n',
					    (select concat_ws(',', (select count(*) from companies), (select count(*) from jobs),
					        (select count(*) from users), (select count(*) from logos), (select count(*) from sectors),
					        (select count(*) from company_revisions), (select count(*) from company_slug_history),
					        (select count(*) from company_sectors), (select count(*) from job_applications),
					        (select count(*) from application_cvs), (select count(*) from company_members),
					        (select count(*) from team_invitations))),
					    (select string_agg(m.user_id || ' ' || m.role, ',' order by m.id) from company_members m
					        where m.company_id = :company),
					    (select string_agg(i::text, E'\\n' order by i.id) from team_invitations i where i.company_id = :company),
					    (select c::text from companies c where c.id = :company),
					    (select string_agg(j::text, E'\\n' order by j.id) from jobs j where j.company_id = :company),
					    (select string_agg(cs::text, ',' order by cs.sector_id) from company_sectors cs
					        where cs.company_id = :company),
					    (select string_agg(u::text, E'\\n' order by u.id) from users u where u.id in (:accounts)))
					""")
			.param("company", this.company.getId())
			.param("accounts", accounts)
			.query(String.class)
			.single();
	}

}
