package com.jobboard.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jobboard.alerts.AlertLinks.Grant;
import com.jobboard.alerts.AlertLinks.Purpose;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the signed links of alert mails do: confirm an alert, unsubscribe from one, and
 * manage all alerts of an address (frequency, pause, delete). A link that was altered,
 * made up, has expired or names an alert that is gone changes nothing and says so.
 */
@Service
class AlertManagement {

	private final AlertStore store;

	private final AlertLinks links;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AlertManagement(AlertStore store, AlertLinks links, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.links = links;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Where a link stands, with the status its page answers with and the message code it
	 * shows.
	 */
	enum LinkState {

		/** The link works. */
		VALID(HttpStatus.OK, null),
		/** Altered, cut, made up or for something else. */
		INVALID(HttpStatus.BAD_REQUEST, "alerts.link.invalid"),
		/** A confirmation link past its time. */
		EXPIRED(HttpStatus.GONE, "alerts.link.expired"),
		/** The alert (or every alert of the address) was deleted. */
		GONE(HttpStatus.GONE, "alerts.link.gone"),
		/** Confirming again. */
		ALREADY_CONFIRMED(HttpStatus.CONFLICT, "alerts.link.alreadyConfirmed");

		private final HttpStatus status;

		private final String messageCode;

		LinkState(HttpStatus status, String messageCode) {
			this.status = status;
			this.messageCode = messageCode;
		}

		HttpStatus status() {
			return this.status;
		}

		String messageCode() {
			return this.messageCode;
		}

	}

	/** A checked link: its state, and the alert it names when there is one. */
	record Checked(LinkState state, StoredAlert alert) {

		boolean valid() {
			return this.state == LinkState.VALID;
		}

	}

	/** The address's alerts, for the manage page, and the token that manages them. */
	record Managed(LinkState state, long addressId, String email, List<StoredAlert> alerts, String token) {

		boolean valid() {
			return this.state == LinkState.VALID;
		}

	}

	Checked checkConfirmation(String token) {
		Optional<Grant> grant = this.links.verify(token, Purpose.CONFIRM);
		if (grant.isEmpty()) {
			return new Checked(LinkState.INVALID, null);
		}
		if (grant.get().expiredAt(this.clock.instant())) {
			return new Checked(LinkState.EXPIRED, null);
		}
		Optional<StoredAlert> alert = this.store.find(grant.get().id());
		if (alert.isEmpty()) {
			return new Checked(LinkState.GONE, null);
		}
		return new Checked(alert.get().confirmed() ? LinkState.ALREADY_CONFIRMED : LinkState.VALID, alert.get());
	}

	/** Confirms the alert the link names; from now on new jobs are matched for it. */
	Checked confirm(String token) {
		return this.transaction.execute((tx) -> {
			Checked checked = checkConfirmation(token);
			if (!checked.valid()) {
				return checked;
			}
			Instant now = this.clock.instant();
			boolean confirmed = this.store.confirm(checked.alert().id(), now);
			// Two clicks at once: the second finds the first's confirmation.
			return confirmed ? checked : new Checked(LinkState.ALREADY_CONFIRMED, checked.alert());
		});
	}

	Checked checkUnsubscribe(String token) {
		Optional<Grant> grant = this.links.verify(token, Purpose.UNSUBSCRIBE);
		if (grant.isEmpty()) {
			return new Checked(LinkState.INVALID, null);
		}
		return this.store.find(grant.get().id())
			.map((alert) -> new Checked(LinkState.VALID, alert))
			.orElseGet(() -> new Checked(LinkState.GONE, null));
	}

	/** Deletes the alert the link names (and the address with its last alert). */
	Checked unsubscribe(String token) {
		return this.transaction.execute((tx) -> {
			Checked checked = checkUnsubscribe(token);
			if (checked.valid() && !this.store.delete(checked.alert().id(), checked.alert().addressId())) {
				return new Checked(LinkState.GONE, null);
			}
			return checked;
		});
	}

	/**
	 * The token that manages the alert's address, for the page after confirming or
	 * unsubscribing.
	 */
	String manageToken(StoredAlert alert) {
		return this.links.manageToken(alert.addressId());
	}

	Managed manage(String token) {
		Optional<Grant> grant = this.links.verify(token, Purpose.MANAGE);
		if (grant.isEmpty()) {
			return new Managed(LinkState.INVALID, 0, null, List.of(), null);
		}
		List<StoredAlert> alerts = this.store.ofAddress(grant.get().id());
		if (alerts.isEmpty()) {
			return new Managed(LinkState.GONE, grant.get().id(), null, List.of(), null);
		}
		return new Managed(LinkState.VALID, grant.get().id(), alerts.get(0).email(), alerts, token);
	}

	/**
	 * What one change on the manage page did: the link's state, and whether the alert was
	 * found.
	 */
	record Change(LinkState state, boolean done) {
	}

	Change changeFrequency(String token, long alertId, AlertFrequency frequency) {
		return change(token,
				(addressId) -> this.store.changeFrequency(alertId, addressId, frequency, this.clock.instant()));
	}

	Change pause(String token, long alertId, boolean paused) {
		return change(token, (addressId) -> this.store.setPaused(alertId, addressId, paused));
	}

	Change delete(String token, long alertId) {
		return change(token, (addressId) -> this.store.delete(alertId, addressId));
	}

	private Change change(String token, java.util.function.LongPredicate action) {
		Optional<Grant> grant = this.links.verify(token, Purpose.MANAGE);
		if (grant.isEmpty()) {
			return new Change(LinkState.INVALID, false);
		}
		Boolean done = this.transaction.execute((tx) -> action.test(grant.get().id()));
		return new Change(LinkState.VALID, Boolean.TRUE.equals(done));
	}

}
