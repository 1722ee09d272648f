package com.jobboard.team;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jobboard.company.Company;
import com.jobboard.mail.MailDispatcher;
import com.jobboard.security.Role;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.HttpPages;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestMail;
import com.jobboard.support.TestPasswords;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team journey over real HTTP, with the invitation mail sent to a real SMTP server
 * (GreenMail): an owner invites, the mail arrives, the invitee joins through its link,
 * edits the profile, is removed and loses access in the session they still have open;
 * ownership is handed on; the last owner is kept; and every unusable link gets a clear
 * page and changes nothing.
 */
@IntegrationTest
class TeamJourneyIT {

	static final String PASSWORD = TestPasswords.PASSWORD;

	static final String NEW_PASSWORD = "a brand new team password";

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/invitations/([A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MailDispatcher mailDispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Team team;

	@BeforeEach
	void emptyMailbox() {
		TestMail.purge();
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void ownerInvitesMailArrivesInviteeJoinsEditsIsRemovedAndLosesAccessAtOnce() throws Exception {
		Company company = this.testCompanies.company("Team Journey");
		UserAccount owner = employer("journey-owner", company);
		assertThat(roleOf(company, owner.getId())).as("an employer made for a company owns it").isEqualTo("OWNER");
		TeamClient ownerBrowser = signedIn(owner);
		String teamPage = teamPath(company);
		String invitee = unique("journey-invitee");

		HttpResponse<String> invited = ownerBrowser.submit(teamPage, "/team/invitations", "email", invitee, "role",
				"EDITOR");
		assertThat(invited.statusCode()).isEqualTo(303);
		assertThat(invited.headers().firstValue("Location")).hasValue(teamPage);
		assertThat(ownerBrowser.page(teamPage).select("#invitations li").text()).contains(invitee);

		MimeMessage mail = deliveredTo(invitee);
		assertThat(mail.getSubject()).contains(company.getName());
		String text = part(mail, "text/plain");
		String html = part(mail, "text/html");
		String token = token(text);
		assertThat(token(html)).as("the HTML part links to the same invitation").isEqualTo(token);
		assertThat(text).contains(owner.getEmail(), company.getName());
		assertThat(this.jdbc.sql("select count(*) from team_invitations where token_hash = ?")
			.param(InvitationTokens.hash(token))
			.query(Long.class)
			.single()).as("only the token's hash is stored").isEqualTo(1);

		TeamClient inviteeBrowser = new TeamClient(this.port);
		String link = "/invitations/" + token;
		Document acceptPage = inviteeBrowser.page(link);
		assertThat(acceptPage.select("h1").text()).contains(company.getName());
		HttpResponse<String> mismatch = inviteeBrowser.submit(link, link, "password", NEW_PASSWORD, "confirmPassword",
				"something else entirely");
		assertThat(mismatch.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(mismatch.body()).select("#confirmPassword-error").text()).isNotBlank();
		assertThat(this.users.findByEmail(invitee)).as("no account after a refused form").isEmpty();
		HttpResponse<String> joined = inviteeBrowser.submit(link, link, "password", NEW_PASSWORD, "confirmPassword",
				NEW_PASSWORD);
		assertThat(joined.statusCode()).isEqualTo(303);
		assertThat(joined.headers().firstValue("Location")).as("signed in, on the team page").hasValue(teamPage);
		UserAccount member = this.users.findByEmail(invitee).orElseThrow();
		assertThat(roleOf(company, member.getId())).isEqualTo("EDITOR");
		assertThat(inviteeBrowser.page(teamPage).select(".alert-success").text()).contains("Your account is ready");
		// The new password signs in too.
		new TeamClient(this.port).signIn(invitee, NEW_PASSWORD);
		String editPage = "/admin/companies/" + company.getId() + "/edit";
		HttpResponse<String> saved = inviteeBrowser.submit(editPage, "/edit", "tagline", "Edited by the new editor");
		assertThat(saved.statusCode()).as("the editor saves the profile: %s", saved.body()).isEqualTo(303);
		Document seenByEditor = inviteeBrowser.page(teamPage);
		assertThat(seenByEditor.select("#members th").eachText()).contains(owner.getEmail(), invitee);
		assertThat(seenByEditor.select("#activity li").eachText())
			.anyMatch((line) -> line.contains(invitee) && line.contains("saved the company profile"))
			.anyMatch((line) -> line.contains(owner.getEmail()) && line.contains("invited " + invitee));
		assertThat(seenByEditor.select("#invite-heading")).as("editors do not invite").isEmpty();
		assertThat(inviteeBrowser.post(teamPage + "/invitations", teamPage, "email", unique("nope"), "role", "EDITOR")
			.statusCode()).as("an editor cannot invite").isEqualTo(403);

		HttpResponse<String> removed = ownerBrowser.submit(teamPage, "/members/" + member.getId() + "/remove");
		assertThat(removed.statusCode()).isEqualTo(303);
		assertThat(roleOf(company, member.getId())).isNull();

		// The removed member's session is still open: the very next request has no
		// access.
		assertThat(inviteeBrowser.get(editPage).statusCode()).isEqualTo(403);
		assertThat(inviteeBrowser.get(teamPage).statusCode()).isEqualTo(403);
		assertThat(inviteeBrowser.page("/admin").select("h1").text()).isEqualTo("You are in no company’s team");
		HttpPages.assertFriendlyErrorPage(inviteeBrowser.get(link), 409, "This invitation was used already");
		assertThat(ownerBrowser.page(teamPage).select("#activity li").eachText())
			.anyMatch((line) -> line.contains("removed " + invitee));
	}

	@Test
	void ownershipIsHandedOnAndTheLastOwnerIsAlwaysKept() throws Exception {
		Company company = this.testCompanies.company("Team Ownership");
		UserAccount owner = employer("ownership-owner", company);
		UserAccount editor = account("ownership-editor");
		this.team.join(company.getId(), editor.getId(), editor.getEmail(), TeamRole.EDITOR);
		TeamClient ownerBrowser = signedIn(owner);
		String teamPage = teamPath(company);

		HttpResponse<String> demoteSelf = ownerBrowser.submit(teamPage, "/members/" + owner.getId() + "/role", "role",
				"EDITOR");
		Document refused = HttpPages.assertFriendlyErrorPage(demoteSelf, 409, "Team of " + company.getName());
		assertThat(refused.select(".alert-error").text()).contains("at least one owner");
		HttpResponse<String> leave = ownerBrowser.submit(teamPage, "/team/leave");
		assertThat(leave.statusCode()).isEqualTo(409);
		assertThat(roleOf(company, owner.getId())).as("the last owner stays").isEqualTo("OWNER");

		HttpResponse<String> transferred = ownerBrowser.submit(teamPage, "/members/" + editor.getId() + "/transfer");
		assertThat(transferred.statusCode()).isEqualTo(303);
		assertThat(roleOf(company, editor.getId())).isEqualTo("OWNER");
		assertThat(roleOf(company, owner.getId())).isEqualTo("EDITOR");
		assertThat(ownerBrowser.post(teamPage + "/members/" + editor.getId() + "/remove", teamPage).statusCode())
			.as("the former owner manages the team no more")
			.isEqualTo(403);

		TeamClient newOwnerBrowser = signedIn(editor);
		assertThat(newOwnerBrowser.submit(teamPage, "/team/leave").statusCode()).isEqualTo(409);
		assertThat(
				newOwnerBrowser.submit(teamPage, "/members/" + owner.getId() + "/role", "role", "OWNER").statusCode())
			.isEqualTo(303);
		assertThat(newOwnerBrowser.submit(teamPage, "/team/leave").statusCode()).as("with two owners one may leave")
			.isEqualTo(303);
		assertThat(roleOf(company, editor.getId())).isNull();
		assertThat(roleOf(company, owner.getId())).isEqualTo("OWNER");
		assertThat(ownerBrowser.page(teamPage).select("#activity li").eachText())
			.anyMatch((line) -> line.contains("handed ownership on to " + editor.getEmail()))
			.anyMatch((line) -> line.contains(editor.getEmail()) && line.contains("left the team"));
	}

	@Test
	void anExistingAccountSignsInAndJoinsAndSwitchesCompanies() throws Exception {
		Company first = this.testCompanies.company("Team First");
		Company second = this.testCompanies.company("Team Second");
		UserAccount owner = employer("switch-owner", second);
		UserAccount member = employer("switch-member", first);
		String token = invite(signedIn(owner), second, member.getEmail(), "OWNER");

		TeamClient memberBrowser = new TeamClient(this.port);
		String link = "/invitations/" + token;
		assertThat(memberBrowser.page(link).select("a.button").attr("href")).isEqualTo("/login");
		String csrf = memberBrowser.csrf("/login");
		HttpResponse<String> signIn = memberBrowser.http.post("/login",
				java.util.Map.of("username", member.getEmail(), "password", PASSWORD, "_csrf", csrf));
		assertThat(signIn.headers().firstValue("Location")).get()
			.asString()
			.as("back to the invitation after signing in")
			.contains(link + "?continue");
		HttpResponse<String> joined = memberBrowser.submit(link, link);
		assertThat(joined.statusCode()).isEqualTo(303);
		assertThat(roleOf(second, member.getId())).isEqualTo("OWNER");
		assertThat(roleOf(first, member.getId())).isEqualTo("OWNER");

		// The header's switcher: a plain form; the dashboard follows the choice.
		Document dashboard = memberBrowser.page("/admin");
		assertThat(dashboard.select("form.company-switcher option").eachText()).contains(first.getName(),
				second.getName());
		assertThat(memberBrowser.post("/admin/current-company", "/admin", "companyId", first.getId().toString())
			.statusCode()).isEqualTo(302);
		assertThat(memberBrowser.page("/admin").select("h1").text()).isEqualTo(first.getName());
		assertThat(memberBrowser.post("/admin/current-company", "/admin", "companyId", second.getId().toString())
			.statusCode()).isEqualTo(302);
		assertThat(memberBrowser.page("/admin").select("h1").text()).isEqualTo(second.getName());
		Company stranger = this.testCompanies.company("Team Stranger");
		assertThat(memberBrowser.post("/admin/current-company", "/admin", "companyId", stranger.getId().toString())
			.statusCode()).isEqualTo(403);
	}

	@Test
	void unusableLinksAnswerClearPagesAndChangeNothing() throws Exception {
		Company company = this.testCompanies.company("Team Bad Tokens");
		UserAccount owner = employer("tokens-owner", company);
		TeamClient ownerBrowser = signedIn(owner);
		String teamPage = teamPath(company);
		String invitee = unique("tokens-invitee");
		String token = invite(ownerBrowser, company, invitee, "EDITOR");
		UserAccount other = account("tokens-other");
		String state = state(company);
		TeamClient visitor = new TeamClient(this.port);

		char flipped = (token.charAt(10) == 'A') ? 'B' : 'A';
		String flippedToken = token.substring(0, 10) + flipped + token.substring(11);
		HttpPages.assertFriendlyErrorPage(visitor.get("/invitations/" + flippedToken), 404,
				"We could not find that invitation");
		HttpPages.assertFriendlyErrorPage(visitor.get("/invitations/" + token.substring(1)), 404,
				"We could not find that invitation");
		HttpPages.assertFriendlyErrorPage(visitor.get("/invitations/not-a-token"), 404,
				"We could not find that invitation");
		HttpResponse<String> huge = visitor.get("/invitations/" + "A".repeat(10 * 1024));
		assertThat(huge.statusCode()).as("a 10 KB token").isBetween(400, 499);
		HttpResponse<String> hugePost = visitor.post("/invitations/" + "A".repeat(3000), "/login", "password",
				NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);
		assertThat(hugePost.statusCode()).isEqualTo(404);
		assertThat(visitor
			.post("/invitations/" + flippedToken, "/login", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(404);

		// Signed in with another address: refused, nothing joined.
		TeamClient otherBrowser = signedIn(other);
		HttpPages.assertFriendlyErrorPage(otherBrowser.get("/invitations/" + token), 403,
				"This invitation is for someone else");
		assertThat(otherBrowser.post("/invitations/" + token, "/admin").statusCode()).isEqualTo(403);
		assertThat(state(company)).isEqualTo(state);

		// Expired after 7 days.
		this.clock.advance(Invitations.VALID_FOR.plus(Duration.ofMinutes(1)));
		HttpPages.assertFriendlyErrorPage(visitor.get("/invitations/" + token), 410, "This invitation has expired");
		assertThat(visitor
			.post("/invitations/" + token, "/login", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(410);
		this.clock.reset();
		assertThat(state(company)).isEqualTo(state);

		// Revoked.
		long invitationId = this.jdbc.sql("select id from team_invitations where token_hash = ?")
			.param(InvitationTokens.hash(token))
			.query(Long.class)
			.single();
		assertThat(ownerBrowser.submit(teamPage, "/invitations/" + invitationId + "/revoke").statusCode())
			.isEqualTo(303);
		HttpPages.assertFriendlyErrorPage(visitor.get("/invitations/" + token), 410, "This invitation was revoked");
		assertThat(visitor
			.post("/invitations/" + token, "/login", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)
			.statusCode()).isEqualTo(410);
		assertThat(this.users.findByEmail(invitee)).isEmpty();
		assertThat(ownerBrowser.post(teamPage + "/invitations/" + invitationId + "/revoke", teamPage).statusCode())
			.as("revoking twice")
			.isEqualTo(409);

		// Accepted twice: the second time changes nothing.
		String again = invite(ownerBrowser, company, invitee, "EDITOR");
		TeamClient inviteeBrowser = new TeamClient(this.port);
		assertThat(inviteeBrowser
			.submit("/invitations/" + again, "/invitations/" + again, "password", NEW_PASSWORD, "confirmPassword",
					NEW_PASSWORD)
			.statusCode()).isEqualTo(303);
		String joined = state(company);
		HttpResponse<String> twice = new TeamClient(this.port).post("/invitations/" + again, "/login", "password",
				NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);
		HttpPages.assertFriendlyErrorPage(twice, 409, "This invitation was used already");
		assertThat(state(company)).isEqualTo(joined);
	}

	@Test
	void badInvitationFormsAreRefusedWithTheirReason() throws Exception {
		Company company = this.testCompanies.company("Team Bad Forms");
		UserAccount owner = employer("forms-owner", company);
		TeamClient ownerBrowser = signedIn(owner);
		String teamPage = teamPath(company);
		String state = state(company);

		for (String address : List.of("", "not-an-address", "two@@example.com", "a@b", "x".repeat(250) + "@example.com",
				"Ada <ada@example.com>", "ada@example.com\r\nBcc: victim@example.com")) {
			HttpResponse<String> refused = ownerBrowser.submit(teamPage, "/team/invitations", "email", address);
			assertThat(refused.statusCode()).as("invite %s", address).isEqualTo(422);
			assertThat(Jsoup.parse(refused.body()).select("#email-error").text()).as("invite %s", address).isNotBlank();
		}
		HttpResponse<String> self = ownerBrowser.submit(teamPage, "/team/invitations", "email",
				owner.getEmail().toUpperCase(Locale.ROOT));
		assertThat(self.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(self.body()).select("#email-error").text())
			.isEqualTo("That person is in the team already.");
		assertThat(ownerBrowser.submit(teamPage, "/team/invitations", "email", unique("forms"), "role", "BOSS")
			.statusCode()).isEqualTo(422);
		assertThat(state(company)).isEqualTo(state);

		String invitee = unique("forms-twice");
		invite(ownerBrowser, company, invitee, "EDITOR");
		HttpResponse<String> twice = ownerBrowser.submit(teamPage, "/team/invitations", "email", invitee);
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(twice.body()).select("#email-error").text()).contains("open invitation already");

		// Once the first has expired, a new invitation replaces it.
		this.clock.advance(Invitations.VALID_FOR.plus(Duration.ofHours(1)));
		assertThat(ownerBrowser.submit(teamPage, "/team/invitations", "email", invitee).statusCode()).isEqualTo(303);
	}

	@Test
	void invitationsAreLimitedPerCompanyPerHour() throws Exception {
		Company company = this.testCompanies.company("Team Limits");
		UserAccount owner = employer("limits-owner", company);
		UserAccount secondOwner = employer("limits-second", company);
		TeamClient ownerBrowser = signedIn(owner);
		TeamClient secondBrowser = signedIn(secondOwner);
		String teamPage = teamPath(company);
		String csrf = ownerBrowser.csrf(teamPage);
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> sent = ownerBrowser.http.post(teamPage + "/invitations",
					java.util.Map.of("_csrf", csrf, "email", unique("limit-" + i), "role", "EDITOR"));
			assertThat(sent.statusCode()).as("invitation %d", i + 1).isEqualTo(303);
		}
		// The limit is the company's: another owner of it is refused too.
		HttpResponse<String> limited = secondBrowser.submit(teamPage, "/team/invitations", "email", unique("limit-21"));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(Jsoup.parse(limited.body()).select(".alert-error").text()).contains("20 invitations");
		assertThat(this.jdbc.sql("select count(*) from team_invitations where company_id = ?")
			.param(company.getId())
			.query(Long.class)
			.single()).isEqualTo(20);
	}

	private String invite(TeamClient ownerBrowser, Company company, String email, String role) throws Exception {
		TestMail.purge();
		HttpResponse<String> invited = ownerBrowser.submit(teamPath(company), "/team/invitations", "email", email,
				"role", role);
		assertThat(invited.statusCode()).as("invite %s: %s", email, invited.body()).isEqualTo(303);
		return token(part(deliveredTo(email), "text/plain"));
	}

	private MimeMessage deliveredTo(String address) throws Exception {
		this.mailDispatcher.deliverDue();
		List<MimeMessage> messages = TestMail.received().stream().filter((message) -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(messages).as("mail to %s", address).hasSize(1);
		return messages.get(0);
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String token(String body) {
		assertThat(body).isNotNull();
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("an invitation link in %s", body).isTrue();
		return matcher.group(1);
	}

	private TeamClient signedIn(UserAccount account) throws Exception {
		TeamClient client = new TeamClient(this.port);
		client.signIn(account.getEmail(), PASSWORD);
		return client;
	}

	private UserAccount employer(String prefix, Company company) {
		return this.users.save(new UserAccount(unique(prefix), TestPasswords.HASH, Role.EMPLOYER, company.getId()));
	}

	/** An account of a company of its own, so that it is in no other team. */
	private UserAccount account(String prefix) {
		return employer(prefix, this.testCompanies.company("Team Elsewhere"));
	}

	private String roleOf(Company company, long userId) {
		return this.jdbc.sql("select role from company_members where company_id = ? and user_id = ?")
			.params(company.getId(), userId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The company's team, invitations, activity and accounts, as one text: equal means
	 * nothing changed.
	 */
	private String state(Company company) {
		return this.jdbc
			.sql("""
					select concat_ws(E'\\n',
					    (select count(*) from users),
					    (select string_agg(m::text, ',' order by m.id) from company_members m where m.company_id = :company),
					    (select string_agg(i::text, ',' order by i.id) from team_invitations i where i.company_id = :company),
					    (select count(*) from company_activity a where a.company_id = :company))
					""")
			.param("company", company.getId())
			.query(String.class)
			.single();
	}

	private static String teamPath(Company company) {
		return "/admin/companies/" + company.getId() + "/team";
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
	}

}
