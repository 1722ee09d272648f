package com.jobboard.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.SignedInUser;
import com.jobboard.team.InvitationUnavailable.Reason;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.SiteUrls;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Invitations to a company's team: sent by e-mail (through the mail outbox, in the same
 * transaction), revoked, and accepted through the link, by an existing account or by
 * someone new who sets a password. A link that cannot be used changes nothing and says
 * why ({@link InvitationUnavailable}).
 */
@Service
class Invitations {

	static final Duration VALID_FOR = Duration.ofDays(7);

	static final String ALREADY_MEMBER = "team.invite.error.alreadyMember";

	static final String ALREADY_INVITED = "team.invite.error.alreadyInvited";

	static final String EMAIL_INVALID = "team.invite.error.emailInvalid";

	static final String NOT_OPEN = "team.invite.error.notOpen";

	private final InvitationRepository invitations;

	private final InvitationTokens tokens;

	private final Team team;

	private final Memberships memberships;

	private final CompanyRepository companies;

	private final EmployerAccounts accounts;

	private final ActionLimits limits;

	private final ActivityLog activity;

	private final MailOutbox outbox;

	private final SiteUrls siteUrls;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Invitations(InvitationRepository invitations, InvitationTokens tokens, Team team, Memberships memberships,
			CompanyRepository companies, EmployerAccounts accounts, ActionLimits limits, ActivityLog activity,
			MailOutbox outbox, SiteUrls siteUrls, TransactionTemplate transaction, Clock clock) {
		this.invitations = invitations;
		this.tokens = tokens;
		this.team = team;
		this.memberships = memberships;
		this.companies = companies;
		this.accounts = accounts;
		this.limits = limits;
		this.activity = activity;
		this.outbox = outbox;
		this.siteUrls = siteUrls;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Invites the address to the company's team and puts the invitation mail in the
	 * outbox, in the recipient's language as far as we know it (the inviter's).
	 * @return what became of it; errors are added to {@code errors}
	 */
	Sent invite(long companyId, InviteForm form, Errors errors, SignedInUser actor, Locale locale) {
		if (!errors.hasFieldErrors("email") && !parses(form.getEmail())) {
			errors.rejectValue("email", EMAIL_INVALID);
		}
		if (errors.hasErrors()) {
			return Sent.INVALID;
		}
		try {
			return this.transaction.execute((tx) -> {
				Company company = this.companies.findById(companyId)
					.orElseThrow(() -> new NotFoundException("No company " + companyId));
				Instant now = this.clock.instant();
				String email = form.getEmail();
				boolean member = this.accounts.findByEmail(email)
					.map((account) -> this.memberships.isMember(account.id(), companyId))
					.orElse(false);
				if (member) {
					errors.rejectValue("email", ALREADY_MEMBER);
					return Sent.INVALID;
				}
				Optional<Invitation> unclosed = this.invitations.findUnclosed(companyId, email);
				if (unclosed.isPresent() && unclosed.get().stateAt(now) == Invitation.State.OPEN) {
					errors.rejectValue("email", ALREADY_INVITED);
					return Sent.INVALID;
				}
				// An expired invitation is closed first: the index allows one unclosed
				// invitation per address.
				unclosed.ifPresent((expired) -> {
					expired.revoke(now);
					this.invitations.saveAndFlush(expired);
				});
				// Counted last, in this transaction: only an invitation that goes out
				// uses up one of the hour's.
				ActionLimits.Decision allowed = this.limits.tryTakeForCompany(actor, companyId,
						LimitedAction.INVITATION);
				if (!allowed.allowed()) {
					tx.setRollbackOnly();
					ActionLimits.reject(errors, allowed);
					return Sent.limited(allowed);
				}
				String token = this.tokens.newToken();
				Invitation invitation = new Invitation(companyId, email, form.getRole(), InvitationTokens.hash(token),
						actor.id(), now, now.plus(VALID_FOR));
				this.invitations.saveAndFlush(invitation);
				this.activity.record(companyId, ActivityKind.INVITATION_SENT, actor.id(), actor.email(), email);
				OutgoingMail mail;
				try {
					mail = OutgoingMail.to(email, locale)
						.template("team/invitation")
						.with("companyName", company.getName())
						.with("inviter", actor.email())
						.with("role", form.getRole().name())
						.with("link", this.siteUrls.absolute("/invitations/" + token))
						.with("expiresAt", invitation.getExpiresAt())
						.subject(company.getName().replaceAll("[\\r\\n]+", " "))
						.build();
				}
				catch (IllegalArgumentException ex) {
					// The mail's own checks of the address are the last word: nothing is
					// kept.
					tx.setRollbackOnly();
					errors.rejectValue("email", EMAIL_INVALID);
					return Sent.INVALID;
				}
				this.outbox.enqueue(mail);
				return Sent.SENT;
			});
		}
		catch (DataIntegrityViolationException ex) {
			// Two owners invited the same address at the same moment: the open-invitation
			// index refused the second.
			errors.rejectValue("email", ALREADY_INVITED);
			return Sent.INVALID;
		}
	}

	/**
	 * Revokes an open (or expired) invitation of the company; its link stops working at
	 * once.
	 * @return the invited address
	 * @throws TeamRuleViolation when it was accepted or revoked already
	 */
	String revoke(long companyId, long invitationId, SignedInUser actor) {
		return this.transaction.execute((tx) -> {
			Invitation invitation = this.invitations.findByIdAndCompanyId(invitationId, companyId)
				.orElseThrow(() -> new NotFoundException("No invitation " + invitationId));
			Invitation.State state = invitation.stateAt(this.clock.instant());
			if (state == Invitation.State.ACCEPTED || state == Invitation.State.REVOKED) {
				throw new TeamRuleViolation(NOT_OPEN);
			}
			invitation.revoke(this.clock.instant());
			this.invitations.saveAndFlush(invitation);
			this.activity.record(companyId, ActivityKind.INVITATION_REVOKED, actor.id(), actor.email(),
					invitation.getEmail());
			return invitation.getEmail();
		});
	}

	/**
	 * What the link leads to, if it can be used.
	 * @throws InvitationUnavailable when it cannot (nothing is changed)
	 */
	Opened open(String token) {
		return this.transaction.execute((tx) -> {
			Invitation invitation = usable(find(token, false));
			String companyName = this.companies.findById(invitation.getCompanyId())
				.map(Company::getName)
				.orElseThrow(() -> new InvitationUnavailable(Reason.NOT_FOUND));
			return new Opened(invitation.getCompanyId(), companyName, invitation.getEmail(), invitation.getRole(),
					this.accounts.exists(invitation.getEmail()));
		});
	}

	/**
	 * Accepts the invitation for the signed-in account, which must be the invited
	 * address.
	 * @return the company joined
	 */
	long acceptAsMember(String token, SignedInUser user) {
		return this.transaction.execute((tx) -> {
			Invitation invitation = usable(find(token, true));
			if (!invitation.isFor(user.email())) {
				throw new InvitationUnavailable(Reason.OTHER_ADDRESS);
			}
			join(invitation, user.id(), user.email());
			return invitation.getCompanyId();
		});
	}

	/**
	 * Makes an account for the invited address with the chosen password, and joins the
	 * team.
	 * @return the new account and the company it joined, or empty when the form has
	 * errors (added to {@code errors})
	 */
	Optional<Joined> acceptAsNewAccount(String token, AcceptForm form, Errors errors) {
		try {
			return this.transaction.execute((tx) -> {
				Invitation invitation = usable(find(token, true));
				if (this.accounts.exists(invitation.getEmail())) {
					throw new InvitationUnavailable(Reason.ACCOUNT_EXISTS);
				}
				if (errors.hasErrors()) {
					return Optional.<Joined>empty();
				}
				SignedInUser account = this.accounts.createInvitedMember(invitation.getEmail(), form.getPassword(),
						invitation.getCompanyId());
				join(invitation, account.id(), account.email());
				return Optional.of(new Joined(account, invitation.getCompanyId()));
			});
		}
		catch (DataIntegrityViolationException ex) {
			// An account for the address was made at the same moment.
			throw new InvitationUnavailable(Reason.ACCOUNT_EXISTS);
		}
	}

	private void join(Invitation invitation, long userId, String email) {
		try {
			this.team.join(invitation.getCompanyId(), userId, email, invitation.getRole());
		}
		catch (TeamRuleViolation ex) {
			throw new InvitationUnavailable(Reason.ALREADY_MEMBER);
		}
		invitation.accept(userId, this.clock.instant());
		this.invitations.saveAndFlush(invitation);
	}

	private Invitation find(String token, boolean lock) {
		if (!InvitationTokens.isWellFormed(token)) {
			throw new InvitationUnavailable(Reason.NOT_FOUND);
		}
		byte[] hash = InvitationTokens.hash(token);
		return (lock ? this.invitations.lockByTokenHash(hash) : this.invitations.findByTokenHash(hash))
			.orElseThrow(() -> new InvitationUnavailable(Reason.NOT_FOUND));
	}

	private Invitation usable(Invitation invitation) {
		return switch (invitation.stateAt(this.clock.instant())) {
			case OPEN -> invitation;
			case EXPIRED -> throw new InvitationUnavailable(Reason.EXPIRED);
			case REVOKED -> throw new InvitationUnavailable(Reason.REVOKED);
			case ACCEPTED -> throw new InvitationUnavailable(Reason.USED);
		};
	}

	/**
	 * Whether the address is one the mail can be sent to (strict RFC 822 syntax, no
	 * display name).
	 */
	private static boolean parses(String email) {
		try {
			InternetAddress address = new InternetAddress(email, true);
			return address.getPersonal() == null && email.equals(address.getAddress());
		}
		catch (AddressException ex) {
			return false;
		}
	}

	/** A new account that joined a company's team. */
	record Joined(SignedInUser account, long companyId) {
	}

	/** An invitation that can be accepted, as its page shows it. */
	record Opened(long companyId, String companyName, String email, TeamRole role, boolean accountExists) {
	}

	/**
	 * What became of an invitation: sent, refused for the form's errors, or for the
	 * hour's limit.
	 */
	record Sent(boolean sent, ActionLimits.Decision limit) {

		static final Sent SENT = new Sent(true, null);

		static final Sent INVALID = new Sent(false, null);

		static Sent limited(ActionLimits.Decision decision) {
			return new Sent(false, decision);
		}

	}

}
