package com.jobboard.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.jobboard.company.CompanyStatus;
import com.jobboard.company.admin.CompanyEditor;
import com.jobboard.company.admin.CompanyLookup;
import com.jobboard.company.admin.CompanySummary;
import com.jobboard.security.Approval;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admins' queue of employer sign-ups. Approving makes the account a normal one and
 * its pending company public; rejecting disables the account (ending its sessions) and
 * archives its pending company, which keeps everything for the record. A company that is
 * no longer pending (an admin published or archived it by hand) keeps its status.
 */
@Service
class Approvals {

	static final int PAGE_SIZE = 20;

	static final int RECENT_DECISIONS = 10;

	private static final String WAITING = """
			from users u left join companies c on c.id = u.company_id
			where u.approval = 'PENDING'
			""";

	private final JdbcClient jdbc;

	private final EmployerAccounts accounts;

	private final CompanyEditor companyEditor;

	private final CompanyLookup companyLookup;

	private final TransactionTemplate transaction;

	Approvals(JdbcClient jdbc, EmployerAccounts accounts, CompanyEditor companyEditor, CompanyLookup companyLookup,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.companyEditor = companyEditor;
		this.companyLookup = companyLookup;
		this.transaction = transaction;
	}

	/** Sign-ups waiting for a decision, oldest first. */
	@Transactional(readOnly = true)
	Page<WaitingSignUp> waiting(int pageIndex) {
		Pageable pageable = PageRequest.of(Math.max(pageIndex, 0), PAGE_SIZE);
		List<WaitingSignUp> rows = this.jdbc.sql("""
				select u.id, u.email, u.enabled, u.created_at, c.id as company_id, c.name as company_name,
				    c.slug as company_slug, c.status as company_status, c.website as company_website,
				    (select count(*) from jobs j where j.company_id = c.id) as jobs
				""" + WAITING + """
				order by u.created_at, u.id
				limit :limit offset :offset
				""")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Approvals::waitingSignUp)
			.list();
		return PageableExecutionUtils.getPage(rows, pageable,
				() -> this.jdbc.sql("select count(*) " + WAITING).query(Long.class).single());
	}

	/** The latest decisions, newest first, so that an admin can see what was done. */
	@Transactional(readOnly = true)
	List<Decision> recentDecisions() {
		return this.jdbc.sql("""
				select u.id, u.email, u.approval, u.approval_decided_at, a.email as decided_by,
				    c.id as company_id, c.name as company_name
				from users u
				    left join users a on a.id = u.approval_decided_by
				    left join companies c on c.id = u.company_id
				where u.approval_decided_at is not null
				order by u.approval_decided_at desc, u.id desc
				limit :limit
				""")
			.param("limit", RECENT_DECISIONS)
			.query((rs, row) -> new Decision(rs.getLong("id"), rs.getString("email"),
					Approval.valueOf(rs.getString("approval")), instant(rs, "approval_decided_at"),
					rs.getString("decided_by"), rs.getObject("company_id", Long.class), rs.getString("company_name")))
			.list();
	}

	/**
	 * Lets the sign-up onto the board: the account becomes a normal one, its pending
	 * company public.
	 */
	Outcome approve(long accountId, SignedInUser admin) {
		return decide(accountId, Approval.APPROVED, admin);
	}

	/**
	 * Turns the sign-up down: the account is disabled and signed out, its pending company
	 * archived.
	 */
	Outcome reject(long accountId, SignedInUser admin) {
		return decide(accountId, Approval.REJECTED, admin);
	}

	private Outcome decide(long accountId, Approval decision, SignedInUser admin) {
		String email = this.jdbc.sql("select email from users where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No account " + accountId));
		try {
			return this.transaction.execute((tx) -> {
				Optional<EmployerAccounts.Decided> decided = this.accounts.decide(accountId, decision, admin);
				if (decided.isEmpty()) {
					return new Outcome(false, "approvals.notWaiting", email, null);
				}
				Long companyId = decided.get().companyId();
				String companyName = null;
				if (companyId != null) {
					CompanySummary company = this.companyLookup.summary(companyId);
					companyName = company.name();
					if (company.status() == CompanyStatus.PENDING) {
						FormOutcome<CompanySummary> changed = (decision == Approval.APPROVED)
								? this.companyEditor.activate(companyId, admin)
								: this.companyEditor.archive(companyId, admin);
						if (!(changed instanceof FormOutcome.Saved)) {
							// Someone changed the company at this very moment: decide
							// again on what it is now.
							tx.setRollbackOnly();
							return new Outcome(false, "approvals.concurrent", email, companyName);
						}
					}
				}
				return new Outcome(true, (decision == Approval.APPROVED) ? "approvals.approved" : "approvals.rejected",
						email, companyName);
			});
		}
		catch (OptimisticLockingFailureException | TransactionException ex) {
			return new Outcome(false, "approvals.concurrent", email, null);
		}
	}

	private static WaitingSignUp waitingSignUp(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("company_status");
		return new WaitingSignUp(rs.getLong("id"), rs.getString("email"), rs.getBoolean("enabled"),
				instant(rs, "created_at"), rs.getObject("company_id", Long.class), rs.getString("company_name"),
				rs.getString("company_slug"), (status != null) ? CompanyStatus.valueOf(status) : null,
				rs.getString("company_website"), rs.getLong("jobs"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A sign-up waiting for a decision: the account, and the company it made (which an
	 * admin may have changed since).
	 */
	record WaitingSignUp(long accountId, String email, boolean enabled, Instant signedUpAt, Long companyId,
			String companyName, String companySlug, CompanyStatus companyStatus, String website, long jobs) {

		/**
		 * Whether the company is pending, as a sign-up's company is until an admin
		 * decides.
		 */
		public boolean companyPending() {
			return this.companyStatus == CompanyStatus.PENDING;
		}

	}

	/** A decision an admin made on a sign-up. */
	record Decision(long accountId, String email, Approval approval, Instant decidedAt, String decidedBy,
			Long companyId, String companyName) {

		public boolean approved() {
			return this.approval == Approval.APPROVED;
		}

	}

	/**
	 * What an approve or reject did, as a message key with the account's address and the
	 * company's name as arguments.
	 */
	record Outcome(boolean done, String messageKey, String email, String companyName) {

		Object[] arguments() {
			return new Object[] { this.email, (this.companyName != null) ? this.companyName : "—" };
		}

	}

}
