package com.jobboard.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.mail.MailOutbox;
import com.jobboard.mail.OutgoingMail;
import com.jobboard.web.Languages;
import com.jobboard.web.SearchTerms;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * Signs up for an alert (a saved search or a follow) with double opt-in: the alert is
 * stored unconfirmed and a confirmation mail goes out in the same transaction; nothing
 * else is sent, and nothing is matched, before the link in it is followed. The answer is
 * the same whether or not the address already had alerts.
 */
@Service
class AlertSignUp {

	private final AlertStore store;

	private final ActionLimits limits;

	private final MailOutbox outbox;

	private final AlertLinks links;

	private final AlertTitles titles;

	private final AlertProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AlertSignUp(AlertStore store, ActionLimits limits, MailOutbox outbox, AlertLinks links, AlertTitles titles,
			AlertProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.limits = limits;
		this.outbox = outbox;
		this.links = links;
		this.titles = titles;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	enum Result {

		ACCEPTED, INVALID, LIMITED

	}

	record Outcome(Result result, ActionLimits.Decision decision) {

		static final Outcome ACCEPTED = new Outcome(Result.ACCEPTED, null);

		static final Outcome INVALID = new Outcome(Result.INVALID, null);

	}

	/**
	 * Saves the form's search as an alert for the address, unconfirmed, and mails the
	 * confirmation link.
	 */
	Outcome saveSearch(AlertForm form, BindingResult errors, String clientAddress, Locale locale) {
		Optional<AlertStore.Sector> sector = form.getSector().isEmpty() ? Optional.empty()
				: this.store.sector(form.getSector());
		if (!form.getSector().isEmpty() && sector.isEmpty()) {
			errors.rejectValue("sector", "alerts.error.sector");
		}
		String location = form.getLocation();
		NewAlert alert = new NewAlert(AlertKind.SEARCH, form.getFrequency(), language(locale), form.getQ(), location,
				sector.map(AlertStore.Sector::id).orElse(null), form.getType(), form.remoteOnly(), null,
				location.isEmpty() ? null : SearchTerms.containsPattern(location));
		return signUp(form, alert, errors, clientAddress);
	}

	/**
	 * Follows the company: an alert for its new jobs, unconfirmed until the link is
	 * followed.
	 */
	Outcome follow(AlertStore.FollowedCompany company, AlertForm form, BindingResult errors, String clientAddress,
			Locale locale) {
		NewAlert alert = new NewAlert(AlertKind.FOLLOW, form.getFrequency(), language(locale), "", "", null, null,
				false, company.id(), null);
		return signUp(form, alert, errors, clientAddress);
	}

	private Outcome signUp(AlertForm form, NewAlert alert, BindingResult errors, String clientAddress) {
		if (!errors.hasFieldErrors("email") && !deliverable(form.getEmail())) {
			errors.rejectValue("email", "alerts.email.invalid");
		}
		if (errors.hasErrors()) {
			return Outcome.INVALID;
		}
		return this.transaction.execute((tx) -> {
			// Counted in this transaction: a sign-up refused below gives the action back.
			ActionLimits.Decision decision = this.limits.tryTakeForAddress(clientAddress, LimitedAction.ALERT_SIGN_UP);
			if (!decision.allowed()) {
				ActionLimits.reject(errors, decision);
				return new Outcome(Result.LIMITED, decision);
			}
			Instant now = this.clock.instant();
			long addressId = this.store.lockAddress(form.getEmail());
			if (alert.kind() == AlertKind.FOLLOW) {
				Optional<StoredAlert> existing = this.store.followOf(addressId, alert.companyId());
				if (existing.isPresent()) {
					// Following again: a new link when the first was never used;
					// otherwise nothing to do.
					if (!existing.get().confirmed()) {
						sendConfirmation(existing.get().id(), form.getEmail(), alert.locale(), now,
								this.titles.of(existing.get(), alert.locale()));
					}
					return Outcome.ACCEPTED;
				}
			}
			if (this.store.countOf(addressId) >= this.properties.maxPerAddress()) {
				errors.reject("alerts.error.tooMany", new Object[] { this.properties.maxPerAddress() },
						"This address already has the most alerts allowed.");
				tx.setRollbackOnly();
				return Outcome.INVALID;
			}
			long alertId = this.store.insert(addressId, alert, now);
			StoredAlert stored = this.store.find(alertId).orElseThrow();
			sendConfirmation(alertId, form.getEmail(), alert.locale(), now, this.titles.of(stored, alert.locale()));
			return Outcome.ACCEPTED;
		});
	}

	private void sendConfirmation(long alertId, String email, Locale locale, Instant now, String title) {
		Instant validUntil = now.plus(this.properties.confirmationValid());
		this.outbox.enqueue(OutgoingMail.to(email, locale)
			.template("alerts/confirm")
			.with("alertTitle", title)
			.with("confirmUrl", this.links.confirmUrl(alertId, validUntil))
			.with("validDays", this.properties.confirmationValid().toDays())
			.subject(title)
			.build());
	}

	/**
	 * The outbox's own check (one plain address, strict syntax), so that it never refuses
	 * an accepted address.
	 */
	private static boolean deliverable(String email) {
		try {
			InternetAddress[] parsed = InternetAddress.parse(email, true);
			if (parsed.length != 1) {
				return false;
			}
			parsed[0].validate();
			return parsed[0].getPersonal() == null && !parsed[0].isGroup() && email.equals(parsed[0].getAddress());
		}
		catch (AddressException ex) {
			return false;
		}
	}

	private static Locale language(Locale locale) {
		return Languages.SUPPORTED.stream()
			.filter((supported) -> supported.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(Languages.DEFAULT);
	}

}
