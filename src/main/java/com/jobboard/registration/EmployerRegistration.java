package com.jobboard.registration;

import com.jobboard.company.admin.CompanyEditor;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.security.EmployerAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Self-service sign-up of employers. A valid sign-up makes a pending company and an
 * employer account that may sign in at once to prepare the profile and draft jobs;
 * nothing of theirs is public until an admin approves it ({@link Approvals}).
 *
 * <p>
 * The answer never tells whether an address is in use: a sign-up with a known address, or
 * from a bot (the honeypot field is filled in), gets the same answer as a real one, after
 * the same password hashing, and creates nothing. Sign-ups per client address are limited
 * per hour.
 */
@Service
class EmployerRegistration {

	private static final Logger logger = LoggerFactory.getLogger(EmployerRegistration.class);

	private final CompanyEditor companyEditor;

	private final EmployerAccounts accounts;

	private final ActionLimits limits;

	EmployerRegistration(CompanyEditor companyEditor, EmployerAccounts accounts, ActionLimits limits) {
		this.companyEditor = companyEditor;
		this.accounts = accounts;
		this.limits = limits;
	}

	/**
	 * Signs a company up, or says what is wrong with the form (the errors are added to
	 * {@code errors}).
	 * @param address the client's address, for the per-address limit
	 */
	Outcome register(RegistrationForm form, Errors errors, String address) {
		if (!form.isFromBot() && errors.hasErrors()) {
			return Outcome.INVALID;
		}
		ActionLimits.Decision decision = this.limits.tryTakeForAddress(address, LimitedAction.REGISTRATION);
		if (!decision.allowed()) {
			ActionLimits.reject(errors, decision);
			return new Outcome(Result.LIMITED, decision);
		}
		if (form.isFromBot()) {
			logger.info("Ignored an employer sign-up from {}: the honeypot field was filled in", address);
			this.accounts.hashAndForget(form.getPassword());
			return Outcome.ACCEPTED;
		}
		if (this.accounts.exists(form.getEmail())) {
			this.accounts.hashAndForget(form.getPassword());
			return Outcome.ACCEPTED;
		}
		try {
			this.companyEditor.createPending(form.getCompanyName(), form.getWebsite(),
					(companyId) -> this.accounts.registerPending(form.getEmail(), form.getPassword(), companyId));
		}
		catch (DataIntegrityViolationException ex) {
			// The same address signed up at the same moment: nothing was made, and the
			// answer stays the same.
			if (!mentions(ex, "users_email_key")) {
				throw ex;
			}
		}
		return Outcome.ACCEPTED;
	}

	private static boolean mentions(Throwable ex, String text) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(text)) {
				return true;
			}
		}
		return false;
	}

	enum Result {

		/** The form has errors: show it again. */
		INVALID,
		/**
		 * Too many sign-ups from this address this hour: show the form again with the
		 * message.
		 */
		LIMITED,
		/** Received: the same answer whether or not an account was made. */
		ACCEPTED

	}

	/**
	 * What became of a sign-up; {@code decision} says when to try again after
	 * {@link Result#LIMITED}.
	 */
	record Outcome(Result result, ActionLimits.Decision decision) {

		static final Outcome INVALID = new Outcome(Result.INVALID, null);

		static final Outcome ACCEPTED = new Outcome(Result.ACCEPTED, null);

	}

}
