package com.jobboard.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.admin.CompanyEditor;
import com.jobboard.company.admin.CompanyForm;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.validation.BeanPropertyBindingResult;

import static com.jobboard.security.AuthorizationMatrixIT.Actor.ADMIN;
import static com.jobboard.security.AuthorizationMatrixIT.Actor.ANONYMOUS;
import static com.jobboard.security.AuthorizationMatrixIT.Actor.EDITOR_A;
import static com.jobboard.security.AuthorizationMatrixIT.Actor.EMPLOYER_A;
import static com.jobboard.security.AuthorizationMatrixIT.Actor.EMPLOYER_B;
import static com.jobboard.security.AuthorizationMatrixIT.Actor.REMOVED_A;
import static com.jobboard.security.AuthorizationMatrixIT.Method.GET;
import static com.jobboard.security.AuthorizationMatrixIT.Method.POST;
import static com.jobboard.security.AuthorizationMatrixIT.Rule.ADMINS;
import static com.jobboard.security.AuthorizationMatrixIT.Rule.COMPANY_EDITORS;
import static com.jobboard.security.AuthorizationMatrixIT.Rule.MEMBERS;
import static com.jobboard.security.AuthorizationMatrixIT.Rule.SIGNED_IN;
import static com.jobboard.security.AuthorizationMatrixIT.Rule.TEAM_OWNERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what under /admin: every route and method the admin controllers have, for
 * six people, with the exact answer each gets. Read the table in {@link #matrix()} from
 * left to right: the rule the code means to enforce for the route, the request, who sends
 * it, and what comes back.
 *
 * <p>
 * The rules, taken from the controllers and {@link CurrentUser}:
 * <ul>
 * <li>{@code SIGNED_IN}: anyone signed in ({@code /admin}: the whole board for an admin,
 * their own company for an employer).</li>
 * <li>{@code COMPANY_EDITORS}: admins, and the members of the team of the company in the
 * address, owners and editors ({@code @companyAccess.canEdit}, {@code canEditJob},
 * {@code canViewTeam}): the company's edit form and preview, its jobs, job forms, its
 * view statistics and their CSV, its team page.</li>
 * <li>{@code TEAM_OWNERS}: admins and the company's owners
 * ({@code @companyAccess.canManageTeam}): inviting, revoking invitations, changing roles,
 * removing members, handing ownership on.</li>
 * <li>{@code MEMBERS}: members of the company's team only
 * ({@code @companyAccess.isMember}): leaving the team, and choosing the company in the
 * header's switcher.</li>
 * <li>{@code ADMINS}: admins only ({@code requireAdmin}, and for /admin/users/** also the
 * filter chain): the company list and create form, archive/restore/publish, the history
 * (it names everyone who edited the profile, so not even the company's own employers see
 * it), the list of every job, the users, the employer sign-ups waiting for approval, the
 * mail outbox.</li>
 * </ul>
 *
 * <p>
 * The people: {@code ANONYMOUS}; {@code EMPLOYER_A}, the owner of company {@code A} (an
 * employer made for it); {@code EDITOR_A}, an editor in A's team; {@code REMOVED_A}, an
 * employer made for A and then removed from its team, whose session still says company A
 * (membership is read from the database, so it grants nothing); {@code EMPLOYER_B}, the
 * owner of company {@code B} (a member of another company); {@code ADMIN}. All are real
 * rows of the users table, put on the request as their {@link SignedInUser}.
 * {@code EDITOR_A} and {@code REMOVED_A} appear in the rows of company A's own pages:
 * every {@code COMPANY_EDITORS} row of {@code EMPLOYER_A} is asked of them too
 * ({@link #withTeamOfA}), the editor expecting the owner's answer and the removed member
 * 403. Every company-scoped address is one of company A's, so {@code EMPLOYER_A} is
 * always "the company's own employer" and {@code EMPLOYER_B} "an employer of another
 * company".
 *
 * <p>
 * The answers: {@code LOGIN} (302 to /login), {@code FORBIDDEN} (403), {@code OK} (200: a
 * page or a preview), {@code INVALID} (422: a form shown again with its errors),
 * {@code to("...")} (302 to exactly that address: the success redirect of a valid POST;
 * {@code seeOther} is 303, a saved form answered by {@code FormAnswers}) and
 * {@code toAny("...")} (302 to an address matching that pattern, when the id is made by
 * the request).
 *
 * <p>
 * Requests that would change something are side-effect free where possible (preview
 * buttons, invalid forms, restoring a revision with a stale version). Where a valid
 * change is the point (archive, publish, disable, the job form's status actions…) the
 * address names a throwaway made for that cell alone, so that no other cell is disturbed:
 * <ul>
 * <li>{@code {A+ACTIVE}}, {@code {A+PENDING}}, {@code {A+ARCHIVED}}: a new company in
 * that status standing in for company A: in that cell {@code EMPLOYER_A} is an employer
 * of it;</li>
 * <li>{@code {jobA+DRAFT}}, {@code {jobA+OPEN}}, {@code {jobA+FILLED}}: a new job of
 * company A in that status;</li>
 * <li>{@code {user+ENABLED}}, {@code {user+DISABLED}}: a new employer account (of company
 * B);</li>
 * <li>{@code {signUp}}: a new employer who signed up on their own and waits for approval,
 * with their pending company;</li>
 * <li>{@code {T}}: a new company standing in for A with a whole team: a second owner, an
 * editor {@code {T.member}} that the owners' changes aim at, and an open invitation
 * {@code {T.invitation}}; in that cell {@code EMPLOYER_A} is one of its owners,
 * {@code EDITOR_A} an editor and {@code REMOVED_A} a removed member.</li>
 * </ul>
 * For these the test also checks that the throwaway changed exactly when the answer was a
 * success redirect (a 403 that still changed something would pass on status alone). The
 * other names: {@code {A}}, {@code {B}}, {@code {jobA}} (an open job of A),
 * {@code {revA}} (A's newest revision), {@code {user}} (an employer account of B, the
 * target of the user pages), {@code {mail}} (a message in the outbox), {@code {versionA}}
 * (company A's version now, so that an invalid save is not also a stale one),
 * {@code {token}} (unique per cell) and, in a job form, {@code {version}} (the version of
 * the job in the address).
 *
 * <p>
 * Every POST carries a CSRF token except the rows marked {@code .withoutCsrf()}, which
 * check that such a POST is refused with 403 whoever sends it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	// The forms the POST rows send. Values may name placeholders, resolved per cell.

	static final Form NO_FORM = form("no form");

	static final Form COMPANY_PREVIEW = form("company preview", "name", "Preview {token}", "slug", "preview-{token}",
			"descriptionMarkdown", "# Preview heading", "preview", "true");

	static final Form COMPANY_INVALID = form("company form, blank name", "name", "", "slug", "", "version",
			"{versionA}");

	static final Form COMPANY_NEW_VALID = form("valid new company", "name", "Matrix Company {token}", "status",
			"PENDING");

	static final Form JOB_PREVIEW = form("job preview", "title", "Preview {token}", "employmentType", "FULL_TIME",
			"description", "# Preview heading", "preview", "description");

	static final Form JOB_INVALID = form("job form, blank title, action=save", "title", "", "employmentType",
			"FULL_TIME", "version", "{version}", "action", "save");

	static final Form STALE_RESTORE = form("version=-1 (stale)", "version", "-1");

	static final Form USER_NEW_INVALID = form("new user, blank e-mail", "email", "", "password", "short",
			"confirmPassword", "other", "role", "EMPLOYER");

	static final Form USER_NEW_VALID = form("valid new employer", "email", "matrix-{token}@example.com", "password",
			TestAccounts.PASSWORD, "confirmPassword", TestAccounts.PASSWORD, "role", "EMPLOYER", "companyId", "{B}");

	static final Form ROLE_INVALID = form("no role chosen", "role", "");

	static final Form STALE_STATUS = form("status HIRED, version=-1 (stale)", "status", "HIRED", "version", "-1");

	static final Form ERASURE_UNCONFIRMED = form("erasure, not confirmed", "email", "matrix-{token}@example.com");

	static final Form NO_FREQUENCY = form("notifications, nothing chosen", "frequency", "");

	static final Form PASSWORD_INVALID = form("too short, not repeated", "password", "short", "confirmPassword",
			"other");

	static final Form INVITE_VALID = form("valid invitation", "email", "matrix-invitee-{token}@example.com", "role",
			"EDITOR");

	static final Form INVITE_INVALID = form("invitation, not an address", "email", "not an address", "role", "EDITOR");

	static final Form ROLE_OWNER = form("role=OWNER", "role", "OWNER");

	static final Form SWITCH_TO_A = form("companyId={A}", "companyId", "{A}");

	static Form validJob(String action) {
		return form("valid job, action=" + action, "title", "Matrix Job {token}", "employmentType", "FULL_TIME",
				"applyUrl", "https://jobs.example.com/apply", "version", "{version}", "action", action);
	}

	// The answers.

	static final Outcome LOGIN = new Outcome("302 → /login (sign in first)", 302, "/login", false);

	static final Outcome FORBIDDEN = new Outcome("403 forbidden", 403, null, false);

	static final Outcome OK = new Outcome("200", 200, null, false);

	static final Outcome INVALID = new Outcome("422 form with errors", 422, null, false);

	static final Outcome CONFLICT = new Outcome("409 form shown again: changed by someone else", 409, null, false);
	static final Outcome NOT_FOUND = new Outcome("404 (no such upload)", 404, null, false);

	static Outcome to(String address) {
		return new Outcome("302 → " + address, 302, address, false);
	}

	static Outcome toAny(String pattern) {
		return new Outcome("302 → " + pattern, 302, pattern, true);
	}

	/** 303 to exactly that address: a saved form, answered by {@code FormAnswers}. */
	static Outcome seeOther(String address) {
		return new Outcome("303 → " + address, 303, address, false);
	}

	static Outcome seeOtherAny(String pattern) {
		return new Outcome("303 → " + pattern, 303, pattern, true);
	}

	/** The whole matrix. */
	static Stream<Cell> matrix() {
		return Stream.concat(companyAndAdminCells().flatMap(AuthorizationMatrixIT::withTeamOfA), teamCells());
	}

	/**
	 * A row of company A's own pages for its owner, and the same request by an editor of
	 * A (the owner's answer) and by a removed member of A (403).
	 */
	static Stream<Cell> withTeamOfA(Cell cell) {
		if (cell.rule() != COMPANY_EDITORS || cell.actor() != EMPLOYER_A || !cell.csrf()) {
			return Stream.of(cell);
		}
		return Stream.of(cell, cell.as(EDITOR_A, cell.expected()), cell.as(REMOVED_A, FORBIDDEN));
	}

	/** The team's pages and changes, for all six people. */
	static Stream<Cell> teamCells() {
		return Stream.of(
				// The team page: its members and admins; a removed member's open session
				// no longer.
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", EDITOR_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", REMOVED_A, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/team", ADMIN, OK),

				// Inviting, revoking, roles, removing, handing ownership on: the
				// company's owners and admins.
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, ANONYMOUS, LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, EMPLOYER_A, INVALID),
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, EDITOR_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, REMOVED_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{A}/team/invitations", INVITE_INVALID, ADMIN, INVALID),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, ANONYMOUS, LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, EMPLOYER_A,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, EDITOR_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, REMOVED_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, EMPLOYER_B, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, ADMIN,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", ANONYMOUS,
						LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", EMPLOYER_A,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", EDITOR_A,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", REMOVED_A,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", EMPLOYER_B,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations/{T.invitation}/revoke", ADMIN,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, ANONYMOUS,
						LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, EMPLOYER_A,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, EDITOR_A,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, REMOVED_A,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, EMPLOYER_B,
						FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/role", ROLE_OWNER, ADMIN,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", ANONYMOUS, LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", EMPLOYER_A,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", EDITOR_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", REMOVED_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", EMPLOYER_B, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/transfer", ADMIN,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", ANONYMOUS, LOGIN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", EMPLOYER_A,
						seeOther("/admin/companies/{T}/team")),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", EDITOR_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", REMOVED_A, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", EMPLOYER_B, FORBIDDEN),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", ADMIN,
						seeOther("/admin/companies/{T}/team")),

				// Leaving a team and choosing a company in the header: its members (an
				// admin outside it is in no team).
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", ANONYMOUS, LOGIN),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", EMPLOYER_A, seeOther("/admin")),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", EDITOR_A, seeOther("/admin")),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", REMOVED_A, FORBIDDEN),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", EMPLOYER_B, FORBIDDEN),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", ADMIN, FORBIDDEN),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, ANONYMOUS, LOGIN),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, EMPLOYER_A, to("/admin")),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, EDITOR_A, to("/admin")),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, REMOVED_A, FORBIDDEN),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, EMPLOYER_B, FORBIDDEN),
				cell(MEMBERS, POST, "/admin/current-company", SWITCH_TO_A, ADMIN, FORBIDDEN),

				// No CSRF token: refused, and nothing changes.
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/invitations", INVITE_VALID, EMPLOYER_A, FORBIDDEN)
					.withoutCsrf(),
				cell(TEAM_OWNERS, POST, "/admin/companies/{T}/team/members/{T.member}/remove", ADMIN, FORBIDDEN)
					.withoutCsrf(),
				cell(MEMBERS, POST, "/admin/companies/{T}/team/leave", EDITOR_A, FORBIDDEN).withoutCsrf());
	}

	/**
	 * The rows of the pages that were there before teams: companies, jobs, statistics,
	 * users, sign-ups.
	 */
	static Stream<Cell> companyAndAdminCells() {
		return Stream.of(

				// Dashboard: anyone signed in; an employer sees their own company.
				cell(SIGNED_IN, GET, "/admin", ANONYMOUS, LOGIN), cell(SIGNED_IN, GET, "/admin", EMPLOYER_A, OK),
				cell(SIGNED_IN, GET, "/admin", EMPLOYER_B, OK), cell(SIGNED_IN, GET, "/admin", ADMIN, OK),

				// Companies: the list and the create form are the admins'.
				cell(ADMINS, GET, "/admin/companies", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/companies", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies", ADMIN, OK),
				cell(ADMINS, GET, "/admin/companies/new", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/companies/new", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/new", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/new", ADMIN, OK),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_PREVIEW, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_PREVIEW, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_PREVIEW, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_PREVIEW, ADMIN, OK),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_INVALID, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_INVALID, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_INVALID, ADMIN, INVALID),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_NEW_VALID, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_NEW_VALID, ADMIN,
						seeOtherAny("/admin/companies/*/edit")),

				// A company's edit form, save and preview: admins and the company's own
				// employers.
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/edit", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/edit", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/edit", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/edit", ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_INVALID, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_INVALID, EMPLOYER_A, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_INVALID, ADMIN, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, ADMIN, OK),

				// Archive, restore, publish: admins only, not even the company's own
				// employers.
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", ADMIN,
						seeOther("/admin/companies/{A+ACTIVE}/edit")),
				cell(ADMINS, POST, "/admin/companies/{A+ARCHIVED}/restore", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/{A+ARCHIVED}/restore", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+ARCHIVED}/restore", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+ARCHIVED}/restore", ADMIN,
						seeOther("/admin/companies/{A+ARCHIVED}/edit")),
				cell(ADMINS, POST, "/admin/companies/{A+PENDING}/publish", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/{A+PENDING}/publish", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+PENDING}/publish", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A+PENDING}/publish", ADMIN,
						seeOther("/admin/companies/{A+PENDING}/edit")),

				// History: admins only, since revisions name everyone who edited the
				// profile.
				cell(ADMINS, GET, "/admin/companies/{A}/history", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/companies/{A}/history", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/{A}/history", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/{A}/history", ADMIN, OK),
				cell(ADMINS, GET, "/admin/companies/{A}/history/diff?to={revA}", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/companies/{A}/history/diff?to={revA}", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/{A}/history/diff?to={revA}", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/companies/{A}/history/diff?to={revA}", ADMIN, OK),
				cell(ADMINS, POST, "/admin/companies/{A}/history/{revA}/restore", STALE_RESTORE, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/companies/{A}/history/{revA}/restore", STALE_RESTORE, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A}/history/{revA}/restore", STALE_RESTORE, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/companies/{A}/history/{revA}/restore", STALE_RESTORE, ADMIN,
						seeOther("/admin/companies/{A}/history")),

				// A company's view statistics and their CSV: admins and the company's own
				// employers.
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats?days=365", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats?days=365", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats?days=365", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats?days=365", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats.csv?days=90", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats.csv?days=90", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats.csv?days=90", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/stats.csv?days=90", ADMIN, OK),

				// A company's jobs and new-job form: admins and the company's own
				// employers.
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs/new", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs/new", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs/new", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/jobs/new", ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_PREVIEW, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_PREVIEW, EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_PREVIEW, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_PREVIEW, ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_INVALID, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_INVALID, EMPLOYER_A, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", JOB_INVALID, ADMIN, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("save"), EMPLOYER_A,
						seeOtherAny("/admin/jobs/*/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("save"), EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("save"), ADMIN,
						seeOtherAny("/admin/jobs/*/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("publish"), EMPLOYER_A,
						seeOtherAny("/admin/jobs/*/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("publish"), EMPLOYER_B,
						FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("publish"), ADMIN,
						seeOtherAny("/admin/jobs/*/edit")),

				// Every job on the board: admins only.
				cell(ADMINS, GET, "/admin/jobs", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/jobs", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/jobs", EMPLOYER_B, FORBIDDEN), cell(ADMINS, GET, "/admin/jobs", ADMIN, OK),

				// A job's form and its actions: admins and the employers of the job's
				// company.
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/edit", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/edit", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/edit", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/edit", ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_PREVIEW, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_PREVIEW, EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_PREVIEW, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_PREVIEW, ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_INVALID, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_INVALID, EMPLOYER_A, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA}/edit", JOB_INVALID, ADMIN, INVALID),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("save"), ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("save"), EMPLOYER_A,
						seeOther("/admin/jobs/{jobA+DRAFT}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("save"), EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("save"), ADMIN,
						seeOther("/admin/jobs/{jobA+DRAFT}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("publish"), ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("publish"), EMPLOYER_A,
						seeOther("/admin/jobs/{jobA+DRAFT}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("publish"), EMPLOYER_B,
						FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+DRAFT}/edit", validJob("publish"), ADMIN,
						seeOther("/admin/jobs/{jobA+DRAFT}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+OPEN}/edit", validJob("fill"), ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+OPEN}/edit", validJob("fill"), EMPLOYER_A,
						seeOther("/admin/jobs/{jobA+OPEN}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+OPEN}/edit", validJob("fill"), EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+OPEN}/edit", validJob("fill"), ADMIN,
						seeOther("/admin/jobs/{jobA+OPEN}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+FILLED}/edit", validJob("reopen"), ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+FILLED}/edit", validJob("reopen"), EMPLOYER_A,
						seeOther("/admin/jobs/{jobA+FILLED}/edit")),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+FILLED}/edit", validJob("reopen"), EMPLOYER_B,
						FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+FILLED}/edit", validJob("reopen"), ADMIN,
						seeOther("/admin/jobs/{jobA+FILLED}/edit")),

				// Users: admins only.
				cell(ADMINS, GET, "/admin/users", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/users", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/users", EMPLOYER_B, FORBIDDEN), cell(ADMINS, GET, "/admin/users", ADMIN, OK),
				cell(ADMINS, GET, "/admin/users/new", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/users/new", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/users/new", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/users/new", ADMIN, OK),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_INVALID, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_INVALID, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_INVALID, ADMIN, INVALID),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_VALID, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_VALID, ADMIN, seeOtherAny("/admin/users/*/edit")),
				cell(ADMINS, GET, "/admin/users/{user}/edit", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/users/{user}/edit", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/users/{user}/edit", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/users/{user}/edit", ADMIN, OK),
				cell(ADMINS, POST, "/admin/users/{user}/role", ROLE_INVALID, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/users/{user}/role", ROLE_INVALID, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user}/role", ROLE_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user}/role", ROLE_INVALID, ADMIN, INVALID),
				cell(ADMINS, POST, "/admin/users/{user}/password", PASSWORD_INVALID, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/users/{user}/password", PASSWORD_INVALID, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user}/password", PASSWORD_INVALID, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user}/password", PASSWORD_INVALID, ADMIN, INVALID),
				cell(ADMINS, POST, "/admin/users/{user+ENABLED}/disable", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/users/{user+ENABLED}/disable", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user+ENABLED}/disable", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user+ENABLED}/disable", ADMIN,
						seeOther("/admin/users/{user+ENABLED}/edit")),
				cell(ADMINS, POST, "/admin/users/{user+DISABLED}/enable", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/users/{user+DISABLED}/enable", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user+DISABLED}/enable", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/users/{user+DISABLED}/enable", ADMIN,
						seeOther("/admin/users/{user+DISABLED}/edit")),

				// Employer sign-ups waiting for approval: admins only.
				cell(ADMINS, GET, "/admin/approvals", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/approvals", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/approvals", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/approvals", ADMIN, OK),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/approve", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/approve", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/approve", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/approve", ADMIN, to("/admin/approvals")),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/reject", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/reject", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/reject", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/reject", ADMIN, to("/admin/approvals")),

				// Applications (issue 13): the company's inbox, one application, its CV,
				// status changes, a job's CSV and
				// statistics: admins and the company's own employers (companyAccess).
				// Erasure: admins. Notifications: anyone signed in.
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/applications", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/applications", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/applications", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/companies/{A}/applications", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications.csv", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications.csv", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications.csv", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/applications.csv", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/stats", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/stats", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/stats", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/jobs/{jobA}/stats", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}", ADMIN, OK),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}/cv", ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}/cv", EMPLOYER_A, OK),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}/cv", EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, GET, "/admin/applications/{appA}/cv", ADMIN, OK),
				cell(COMPANY_EDITORS, POST, "/admin/applications/{appA}/status", STALE_STATUS, ANONYMOUS, LOGIN),
				cell(COMPANY_EDITORS, POST, "/admin/applications/{appA}/status", STALE_STATUS, EMPLOYER_A, CONFLICT),
				cell(COMPANY_EDITORS, POST, "/admin/applications/{appA}/status", STALE_STATUS, EMPLOYER_B, FORBIDDEN),
				cell(COMPANY_EDITORS, POST, "/admin/applications/{appA}/status", STALE_STATUS, ADMIN, CONFLICT),
				cell(ADMINS, GET, "/admin/applications/erasure", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/applications/erasure", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/applications/erasure", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/applications/erasure", ADMIN, OK),
				cell(ADMINS, POST, "/admin/applications/erasure", ERASURE_UNCONFIRMED, ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/applications/erasure", ERASURE_UNCONFIRMED, EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/applications/erasure", ERASURE_UNCONFIRMED, EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/applications/erasure", ERASURE_UNCONFIRMED, ADMIN, INVALID),
				cell(SIGNED_IN, GET, "/admin/notifications", ANONYMOUS, LOGIN),
				cell(SIGNED_IN, GET, "/admin/notifications", EMPLOYER_A, OK),
				cell(SIGNED_IN, GET, "/admin/notifications", EMPLOYER_B, OK),
				cell(SIGNED_IN, GET, "/admin/notifications", ADMIN, OK),
				cell(SIGNED_IN, POST, "/admin/notifications", NO_FREQUENCY, ANONYMOUS, LOGIN),
				cell(SIGNED_IN, POST, "/admin/notifications", NO_FREQUENCY, EMPLOYER_A, INVALID),
				cell(SIGNED_IN, POST, "/admin/notifications", NO_FREQUENCY, EMPLOYER_B, INVALID),
				cell(SIGNED_IN, POST, "/admin/notifications", NO_FREQUENCY, ADMIN, INVALID),
				// The outbox: admins only (it shows every address the site writes to),
				// also in the filter chain.
				cell(ADMINS, GET, "/admin/mail", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/mail", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/mail", EMPLOYER_B, FORBIDDEN), cell(ADMINS, GET, "/admin/mail", ADMIN, OK),
				cell(ADMINS, GET, "/admin/mail/{mail}", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/mail/{mail}", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/mail/{mail}", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/mail/{mail}", ADMIN, OK),
				cell(ADMINS, GET, "/admin/mail/{mail}/html", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/mail/{mail}/html", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/mail/{mail}/html", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/mail/{mail}/html", ADMIN, OK),
				cell(ADMINS, POST, "/admin/mail/test", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/mail/test", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/mail/test", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/mail/test", ADMIN, toAny("/admin/mail/*")),
				// Import and export (transfer): the admins'. The upload itself goes to
				// its own servlet (ImportPagesIT).
				cell(ADMINS, GET, "/admin/import", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/import", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/import", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/import", ADMIN, OK),
				cell(ADMINS, GET, "/admin/import/{upload}", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/import/{upload}", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/import/{upload}", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/import/{upload}", ADMIN, NOT_FOUND),
				cell(ADMINS, POST, "/admin/import/{upload}", ANONYMOUS, LOGIN),
				cell(ADMINS, POST, "/admin/import/{upload}", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, POST, "/admin/import/{upload}", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, POST, "/admin/import/{upload}", ADMIN, NOT_FOUND),
				cell(ADMINS, GET, "/admin/export", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/export", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export", ADMIN, OK),
				cell(ADMINS, GET, "/admin/export/companies.csv", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/export/companies.csv", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/companies.csv", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/companies.csv", ADMIN, OK),
				cell(ADMINS, GET, "/admin/export/jobs.csv", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/export/jobs.csv", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/jobs.csv", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/jobs.csv", ADMIN, OK),
				cell(ADMINS, GET, "/admin/export/board.json", ANONYMOUS, LOGIN),
				cell(ADMINS, GET, "/admin/export/board.json", EMPLOYER_A, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/board.json", EMPLOYER_B, FORBIDDEN),
				cell(ADMINS, GET, "/admin/export/board.json", ADMIN, OK),

				// No CSRF token: refused before anything else, whoever sends it, and
				// nothing changes.
				cell(ADMINS, POST, "/admin/companies/new", COMPANY_NEW_VALID, ADMIN, FORBIDDEN).withoutCsrf(),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, ADMIN, FORBIDDEN)
					.withoutCsrf(),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/edit", COMPANY_PREVIEW, EMPLOYER_A, FORBIDDEN)
					.withoutCsrf(),
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/companies/{A+PENDING}/publish", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/companies/{A}/history/{revA}/restore", STALE_RESTORE, ADMIN, FORBIDDEN)
					.withoutCsrf(),
				cell(COMPANY_EDITORS, POST, "/admin/companies/{A}/jobs/new", validJob("publish"), ADMIN, FORBIDDEN)
					.withoutCsrf(),
				cell(COMPANY_EDITORS, POST, "/admin/jobs/{jobA+OPEN}/edit", validJob("fill"), ADMIN, FORBIDDEN)
					.withoutCsrf(),
				cell(ADMINS, POST, "/admin/users/new", USER_NEW_VALID, ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/users/{user+ENABLED}/disable", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/approve", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/approvals/{signUp}/reject", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/mail/test", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/import/{upload}", ADMIN, FORBIDDEN).withoutCsrf(),
				cell(ADMINS, POST, "/admin/companies/{A+ACTIVE}/archive", ANONYMOUS, FORBIDDEN).withoutCsrf());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JobRepository jobs;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CompanyEditor companyEditor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox mailOutbox;

	private String passwordHash;

	private Company companyA;

	private Company companyB;

	private Job jobOfA;

	private long revisionOfA;

	private long applicationOfA;

	private UserAccount employerA;

	private UserAccount editorA;

	private UserAccount removedA;

	private UserAccount employerB;

	private UserAccount admin;

	private UserAccount userTarget;

	@BeforeAll
	void people() {
		this.passwordHash = TestPasswords.HASH;
		this.companyA = this.testCompanies.company("Matrix A");
		this.companyB = this.testCompanies.company("Matrix B");
		this.jobOfA = this.testCompanies.job(this.companyA, "Matrix Welder", JobStatus.OPEN,
				Instant.now().plus(Duration.ofDays(30)));
		this.employerA = account("matrix-employer-a", Role.EMPLOYER, this.companyA.getId());
		this.editorA = editorOf(this.companyA.getId());
		this.removedA = removedFrom(this.companyA.getId());
		this.employerB = account("matrix-employer-b", Role.EMPLOYER, this.companyB.getId());
		this.admin = account("matrix-admin", Role.ADMIN, null);
		this.userTarget = account("matrix-target", Role.EMPLOYER, this.companyB.getId());
		this.revisionOfA = giveCompanyARevisions();
		this.applicationOfA = this.jdbc
			.sql("""
					insert into job_applications (job_id, company_id, name, email, email_key, locale, consented_at, created_at,
					    updated_at)
					values (?, ?, 'Matrix Candidate', 'matrix-candidate@example.com', 'matrix-candidate@example.com', 'en', now(),
					    now(), now())
					returning id
					""")
			.params(this.jobOfA.getId(), this.companyA.getId())
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into application_cvs (application_id, file_name, content_type, bytes, sha256) values (?, 'cv.txt', 'text/plain', ?, 'x')")
			.params(this.applicationOfA, "Matrix CV".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.update();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void cell(Cell cell) throws Exception {
		assertThat(cell.expected()).as("the row contradicts its own rule: %s", cell).isEqualTo(cell.impliedBy());
		Placeholders names = new Placeholders();
		String path = names.resolve(cell.path());
		MockHttpServletRequestBuilder request = (cell.method() == GET) ? get(path) : post(path);
		cell.form().values().forEach((name, value) -> request.param(name, names.resolve(value)));
		if (cell.method() == POST && cell.csrf()) {
			request.with(csrf());
		}
		if (cell.actor() != ANONYMOUS) {
			request.with(user(TestAccounts.principal(names.account(cell.actor()))));
		}
		Map<String, Object> before = names.throwawayStates();

		MvcResult result = this.mvc.perform(request).andReturn();

		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		Outcome expected = cell.expected();
		assertThat(status).as("%s (sent to %s): status, redirected to %s", cell, path, location)
			.isEqualTo(expected.status());
		if (expected.redirect() != null) {
			if (expected.pattern()) {
				assertThat(location).as("%s: redirect", cell).isNotNull();
				assertThat(new AntPathMatcher().match(expected.redirect(), location))
					.as("redirect %s matches %s", location, expected.redirect())
					.isTrue();
			}
			else {
				assertThat(location).as("%s: redirect", cell).isEqualTo(names.resolve(expected.redirect()));
			}
		}
		boolean success = (expected.status() == 302 || expected.status() == 303) && expected != LOGIN;
		Map<String, Object> after = names.throwawayStates();
		before.forEach((name, state) -> {
			if (success) {
				assertThat(after.get(name)).as("%s: %s was changed by the allowed request", cell, name)
					.isNotEqualTo(state);
			}
			else {
				assertThat(after.get(name)).as("%s: %s is unchanged after a refused request", cell, name)
					.isEqualTo(state);
			}
		});
	}

	@Test
	void theMatrixCoversEveryAdminRouteForEveryone() {
		List<Cell> cells = matrix().toList();
		Map<String, List<Actor>> actorsByRoute = new LinkedHashMap<>();
		for (Cell cell : cells) {
			if (cell.csrf() && cell.form() != COMPANY_NEW_VALID && cell.form() != USER_NEW_VALID
					&& !cell.form().label().startsWith("valid job")) {
				actorsByRoute
					.computeIfAbsent(cell.method() + " " + cell.path() + " " + cell.form().label(),
							(key) -> new ArrayList<>())
					.add(cell.actor());
			}
		}
		Map<String, Rule> ruleByRoute = new HashMap<>();
		cells.forEach(
				(cell) -> ruleByRoute.put(cell.method() + " " + cell.path() + " " + cell.form().label(), cell.rule()));
		actorsByRoute.forEach((route, actors) -> {
			if (ruleByRoute.get(route) == ADMINS || ruleByRoute.get(route) == SIGNED_IN) {
				assertThat(actors).as(route).containsExactlyInAnyOrder(ANONYMOUS, EMPLOYER_A, EMPLOYER_B, ADMIN);
			}
			else {
				// A company's own pages: also its editor, and a removed member.
				assertThat(actors).as(route)
					.containsExactlyInAnyOrder(ANONYMOUS, EMPLOYER_A, EDITOR_A, REMOVED_A, EMPLOYER_B, ADMIN);
			}
		});
	}

	private UserAccount account(String prefix, Role role, Long companyId) {
		return this.users.save(new UserAccount(TestAccounts.uniqueEmail(prefix), this.passwordHash, role, companyId));
	}

	/**
	 * An account that joined the company's team as an editor (as through an invitation).
	 */
	private UserAccount editorOf(long companyId) {
		UserAccount editor = this.users
			.save(UserAccount.invitedMember(TestAccounts.uniqueEmail("matrix-editor"), this.passwordHash, companyId));
		this.jdbc.sql("insert into company_members (company_id, user_id, role) values (?, ?, 'EDITOR')")
			.params(companyId, editor.getId())
			.update();
		return editor;
	}

	/** An employer made for the company (so its owner), then removed from its team. */
	private UserAccount removedFrom(long companyId) {
		UserAccount removed = account("matrix-removed", Role.EMPLOYER, companyId);
		int deleted = this.jdbc.sql("delete from company_members where company_id = ? and user_id = ?")
			.params(companyId, removed.getId())
			.update();
		assertThat(deleted).as("the employer was in the team before being removed").isEqualTo(1);
		return removed;
	}

	/**
	 * An admin's edit of company A, so that it has a baseline and an edited revision; the
	 * newest one's id.
	 */
	private long giveCompanyARevisions() {
		CompanyForm form = new CompanyForm();
		form.setName(this.companyA.getName());
		form.setSlug(this.companyA.getSlug());
		form.setTagline("Seen by the authorization matrix");
		form.setVersion(this.companyA.getVersion());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.companyEditor.update(this.companyA.getId(), form, errors, TestAccounts.principal(this.admin));
		assertThat(errors.hasErrors()).as("errors %s", errors).isFalse();
		this.companyA = this.companies.findById(this.companyA.getId()).orElseThrow();
		return this.jdbc.sql("select max(id) from company_revisions where company_id = ?")
			.param(this.companyA.getId())
			.query(Long.class)
			.single();
	}

	/**
	 * The names in one cell's addresses and forms, and the throwaways made for it: the
	 * same name means the same thing throughout the cell (its request and its expected
	 * redirect).
	 */
	private final class Placeholders {

		private static final Pattern NAME = Pattern.compile("\\{([^}]+)}");

		private final Map<String, String> values = new HashMap<>();

		private final Map<String, Supplier<Object>> throwaways = new LinkedHashMap<>();

		private long ownCompanyId = AuthorizationMatrixIT.this.companyA.getId();

		private Long jobVersion;

		String resolve(String text) {
			Matcher matcher = NAME.matcher(text);
			StringBuilder resolved = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1))));
			}
			matcher.appendTail(resolved);
			return resolved.toString();
		}

		private String value(String name) {
			String known = this.values.get(name);
			if (known != null) {
				return known;
			}
			String value = make(name);
			this.values.put(name, value);
			return value;
		}

		private String make(String name) {
			AuthorizationMatrixIT test = AuthorizationMatrixIT.this;
			if (name.startsWith("A+")) {
				Company company = test.testCompanies.company("Matrix Throwaway");
				company.setStatus(CompanyStatus.valueOf(name.substring(2)));
				company = test.testCompanies.save(company);
				long id = company.getId();
				this.ownCompanyId = id;
				this.throwaways.put(name, () -> {
					Company now = test.companies.findById(id).orElseThrow();
					return now.getStatus() + " v" + now.getVersion();
				});
				return Long.toString(id);
			}
			if (name.startsWith("jobA+")) {
				JobStatus status = JobStatus.valueOf(name.substring(5));
				Job job = test.testCompanies.job(test.companyA, "Matrix Throwaway Job", status, null);
				long id = job.getId();
				this.jobVersion = job.getVersion();
				this.throwaways.put(name, () -> {
					Job now = test.jobs.findById(id).orElseThrow();
					return now.getStatus() + " v" + now.getVersion();
				});
				return Long.toString(id);
			}
			if (name.startsWith("T.")) {
				value("T");
				return this.values.get(name);
			}
			if (name.equals("T")) {
				// A company with a whole team: a second owner, an editor to aim the
				// owners' changes at, an open invitation.
				long id = test.testCompanies.company("Matrix Team").getId();
				this.ownCompanyId = id;
				test.account("matrix-team-owner", Role.EMPLOYER, id);
				this.values.put("T.member", Long.toString(test.editorOf(id).getId()));
				byte[] hash = new byte[32];
				java.util.concurrent.ThreadLocalRandom.current().nextBytes(hash);
				this.values.put("T.invitation", Long.toString(test.jdbc.sql("""
						insert into team_invitations (company_id, email, role, token_hash, created_at, expires_at)
						values (?, ?, 'EDITOR', ?, now(), now() + interval '7 days') returning id
						""").params(id, TestAccounts.uniqueEmail("matrix-invited"), hash).query(Long.class).single()));
				this.throwaways.put(name,
						() -> test.jdbc
							.sql("""
									select concat_ws(' | ',
									    (select string_agg(m.user_id || ' ' || m.role, ', ' order by m.id) from company_members m
									        where m.company_id = :id),
									    (select string_agg(i.email || ' ' || coalesce(i.revoked_at::text, 'open'), ', ' order by i.id)
									        from team_invitations i where i.company_id = :id))
									""")
							.param("id", id)
							.query(String.class)
							.single());
				return Long.toString(id);
			}
			if (name.equals("signUp")) {
				// An employer who signed up on their own, with their pending company,
				// waiting for a decision.
				Company company = test.testCompanies.company("Matrix Sign-Up");
				company.setStatus(CompanyStatus.PENDING);
				long companyId = test.testCompanies.save(company).getId();
				UserAccount account = test.users.save(UserAccount
					.pendingEmployer(TestAccounts.uniqueEmail("matrix-signup"), test.passwordHash, companyId));
				long id = account.getId();
				this.throwaways.put(name, () -> {
					UserAccount now = test.users.findById(id).orElseThrow();
					return now.getApproval() + (now.isEnabled() ? " enabled" : " disabled") + " v" + now.getVersion()
							+ ", company " + test.companies.findById(companyId).orElseThrow().getStatus();
				});
				return Long.toString(id);
			}
			if (name.startsWith("user+")) {
				UserAccount account = test.account("matrix-throwaway", Role.EMPLOYER, test.companyB.getId());
				if (name.equals("user+DISABLED")) {
					account.setEnabled(false);
					account = test.users.save(account);
				}
				long id = account.getId();
				this.throwaways.put(name, () -> {
					UserAccount now = test.users.findById(id).orElseThrow();
					return (now.isEnabled() ? "enabled" : "disabled") + " v" + now.getVersion();
				});
				return Long.toString(id);
			}
			return switch (name) {
				case "A" -> test.companyA.getId().toString();
				case "B" -> test.companyB.getId().toString();
				case "jobA" -> {
					this.jobVersion = test.jobs.findById(test.jobOfA.getId()).orElseThrow().getVersion();
					yield test.jobOfA.getId().toString();
				}
				case "revA" -> Long.toString(test.revisionOfA);
				case "appA" -> Long.toString(test.applicationOfA);
				case "versionA" ->
					Long.toString(test.companies.findById(test.companyA.getId()).orElseThrow().getVersion());
				case "user" -> test.userTarget.getId().toString();
				case "mail" -> Long.toString(
						test.mailOutbox.enqueue(OutgoingMail.to(TestAccounts.uniqueEmail("matrix-mail"), Locale.ENGLISH)
							.template("admin/test")
							.with("requestedBy", "matrix@example.com")
							.build()));
				case "token" -> UUID.randomUUID().toString().substring(0, 8);
				case "upload" -> UUID.randomUUID().toString();
				case "version" -> (this.jobVersion != null) ? this.jobVersion.toString() : "";
				default -> throw new IllegalArgumentException("Unknown placeholder {" + name + "}");
			};
		}

		/**
		 * The signed-in person for the actor; in a cell about a throwaway company,
		 * EMPLOYER_A is its employer.
		 */
		UserAccount account(Actor actor) {
			AuthorizationMatrixIT test = AuthorizationMatrixIT.this;
			return switch (actor) {
				case ADMIN -> test.admin;
				case EMPLOYER_B -> test.employerB;
				case EMPLOYER_A -> (this.ownCompanyId == test.companyA.getId()) ? test.employerA
						: test.account("matrix-employer-of-throwaway", Role.EMPLOYER, this.ownCompanyId);
				case EDITOR_A ->
					(this.ownCompanyId == test.companyA.getId()) ? test.editorA : test.editorOf(this.ownCompanyId);
				case REMOVED_A ->
					(this.ownCompanyId == test.companyA.getId()) ? test.removedA : test.removedFrom(this.ownCompanyId);
				case ANONYMOUS -> throw new IllegalArgumentException("Nobody is signed in");
			};
		}

		Map<String, Object> throwawayStates() {
			Map<String, Object> states = new LinkedHashMap<>();
			this.throwaways.forEach((name, state) -> states.put(name, state.get()));
			return states;
		}

	}

	enum Method {

		GET, POST

	}

	enum Actor {

		ANONYMOUS, EMPLOYER_A, EDITOR_A, REMOVED_A, EMPLOYER_B, ADMIN

	}

	/**
	 * Who the code means to let through, for a route whose company (if any) is company A.
	 */
	enum Rule {

		/** Anyone signed in. */
		SIGNED_IN,
		/**
		 * Admins, and the members (owners and editors) of the team of the company in the
		 * address.
		 */
		COMPANY_EDITORS,
		/** Admins, and the owners of the company in the address. */
		TEAM_OWNERS,
		/** The members of the team of the company in the address, and nobody else. */
		MEMBERS,
		/** Admins only. */
		ADMINS;

		boolean allows(Actor actor) {
			return switch (this) {
				case SIGNED_IN -> actor != ANONYMOUS;
				case COMPANY_EDITORS -> actor == ADMIN || actor == EMPLOYER_A || actor == EDITOR_A;
				case TEAM_OWNERS -> actor == ADMIN || actor == EMPLOYER_A;
				case MEMBERS -> actor == EMPLOYER_A || actor == EDITOR_A;
				case ADMINS -> actor == ADMIN;
			};
		}

	}

	/** A form's fields, named for the table. */
	record Form(String label, Map<String, String> values) {

		@Override
		public String toString() {
			return this.label;
		}

	}

	static Form form(String label, String... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Form(label, values);
	}

	/**
	 * An expected answer: a status and, for redirects, where to (an exact address or an
	 * Ant pattern).
	 */
	record Outcome(String label, int status, String redirect, boolean pattern) {

		@Override
		public String toString() {
			return this.label;
		}

	}

	/** One request by one person, and the answer it must get. */
	record Cell(Rule rule, Method method, String path, Form form, Actor actor, Outcome expected, boolean csrf) {

		Cell withoutCsrf() {
			return new Cell(this.rule, this.method, this.path, this.form, this.actor, this.expected, false);
		}

		/** The same request by someone else, with the answer they must get. */
		Cell as(Actor other, Outcome answer) {
			return new Cell(this.rule, this.method, this.path, this.form, other, answer, this.csrf);
		}

		/**
		 * What the rule says this cell's answer is, when the rule alone decides it: the
		 * row must agree, so that a slip in the table cannot quietly expect the wrong
		 * thing.
		 */
		Outcome impliedBy() {
			if (!this.csrf) {
				return FORBIDDEN;
			}
			if (this.actor == ANONYMOUS) {
				return LOGIN;
			}
			if (!this.rule.allows(this.actor)) {
				return FORBIDDEN;
			}
			return (this.expected == LOGIN || this.expected == FORBIDDEN) ? null : this.expected;
		}

		@Override
		public String toString() {
			return "%-15s %-4s %s%s as %s → %s%s".formatted(this.rule, this.method, this.path,
					(this.form == NO_FORM) ? "" : " [" + this.form + "]", this.actor, this.expected,
					this.csrf ? "" : " (no CSRF token)");
		}

	}

	static Cell cell(Rule rule, Method method, String path, Actor actor, Outcome expected) {
		return cell(rule, method, path, NO_FORM, actor, expected);
	}

	static Cell cell(Rule rule, Method method, String path, Form form, Actor actor, Outcome expected) {
		return new Cell(rule, method, path, form, actor, expected, true);
	}

}
