package com.jobboard.security;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employer accounts made through the public sign-up, and the admins' decisions on them.
 * What the sign-up may do with accounts, and nothing more: the rest of account management
 * stays with the admins' user pages.
 */
@Service
public class EmployerAccounts {

	private final UserAccountRepository users;

	private final UserSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	EmployerAccounts(UserAccountRepository users, UserSessions sessions, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Whether any account uses the address, in any case. */
	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return this.users.findByEmail(email).isPresent();
	}

	/**
	 * Creates an employer of the company who may sign in at once and waits for an admin's
	 * approval. Runs in the caller's transaction, so that the account and its company are
	 * made together. The unique index on the address refuses a second account made at the
	 * same moment ({@code DataIntegrityViolationException}).
	 * @return the account as it is when signed in
	 */
	@Transactional
	public SignedInUser registerPending(String email, String password, long companyId) {
		UserAccount account = UserAccount.pendingEmployer(email, this.passwordEncoder.encode(password), companyId);
		return SignedInUser.of(this.users.saveAndFlush(account));
	}

	/**
	 * Creates the account of someone who joins a company's team through an invitation:
	 * they may sign in at once, and the team records their membership. Runs in the
	 * caller's transaction; the unique index on the address refuses a second account
	 * ({@code DataIntegrityViolationException}).
	 * @return the account as it is when signed in
	 */
	@Transactional
	public SignedInUser createInvitedMember(String email, String password, long companyId) {
		UserAccount account = UserAccount.invitedMember(email, this.passwordEncoder.encode(password), companyId);
		return SignedInUser.of(this.users.saveAndFlush(account));
	}

	/** The account that uses the address, in any case, as it would be when signed in. */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> findByEmail(String email) {
		return this.users.findByEmail(email).map(SignedInUser::of);
	}

	/**
	 * Hashes a password and forgets it: the same work a sign-up does, for a sign-up that
	 * creates nothing, so that the answer's timing does not tell whether an address is in
	 * use.
	 */
	public void hashAndForget(String password) {
		this.passwordEncoder.encode((password != null) ? password : "");
	}

	/** How many employer sign-ups wait for an admin's decision. */
	@Transactional(readOnly = true)
	public long countAwaitingApproval() {
		return this.users.countByApproval(Approval.PENDING);
	}

	/**
	 * Whether the account signed up on its own and still waits for an admin's approval.
	 */
	@Transactional(readOnly = true)
	public boolean isAwaitingApproval(long accountId) {
		return this.users.findById(accountId).map((account) -> account.getApproval() == Approval.PENDING).orElse(false);
	}

	/**
	 * Records an admin's decision on a waiting sign-up. Rejecting also disables the
	 * account and ends its sessions at once, on every instance.
	 * @return the account decided on, or empty when it does not wait for a decision (any
	 * more)
	 */
	@Transactional
	public Optional<Decided> decide(long accountId, Approval decision, SignedInUser admin) {
		Optional<UserAccount> waiting = this.users.findById(accountId)
			.filter((account) -> account.getApproval() == Approval.PENDING);
		waiting.ifPresent((account) -> {
			account.decide(decision, admin.id(), this.clock.instant());
			this.users.saveAndFlush(account);
			if (decision == Approval.REJECTED) {
				this.sessions.endAll(account.getEmail());
			}
		});
		return waiting.map((account) -> new Decided(account.getId(), account.getEmail(), account.getCompanyId()));
	}

	/**
	 * An account an admin decided on, and the company it belongs to (none if it was made
	 * an admin meanwhile).
	 */
	public record Decided(long accountId, String email, Long companyId) {
	}

}
