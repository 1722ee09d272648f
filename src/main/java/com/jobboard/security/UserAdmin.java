package com.jobboard.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.jobboard.web.NotFoundException;
import com.jobboard.web.SearchTerms;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What admins do with users: list and find them, invite them, change their role, reset
 * their password, disable and enable them. Guards the rules that keep the board
 * manageable (nobody disables or demotes themselves; the last active admin stays) and
 * ends a user's sessions when their access changes, so a change takes effect at once and
 * not at their next sign-in.
 */
@Service
class UserAdmin {

	static final int PAGE_SIZE = 20;

	/* Message codes of the refusals (see RejectedChange). */

	static final String EMAIL_TAKEN = "users.error.emailTaken";

	static final String COMPANY_MISSING = "users.error.companyMissing";

	static final String SELF_DISABLE = "users.error.selfDisable";

	static final String SELF_DEMOTE = "users.error.selfDemote";

	static final String CONCURRENT_CHANGE = "users.error.concurrentChange";

	static final String LAST_ADMIN = "users.error.lastAdmin";

	private static final String SUMMARY_COLUMNS = """
			select u.id, u.email, u.role, u.company_id, u.enabled, u.created_at
			from users u
			""";

	private final UserAccountRepository users;

	private final UserSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AccountCompanies companies;

	UserAdmin(UserAccountRepository users, UserSessions sessions, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			TransactionTemplate transactions, AccountCompanies companies) {
		this.users = users;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.companies = companies;
	}

	/**
	 * One page of users whose e-mail address contains the query (any case),
	 * alphabetically.
	 * @param query part of an address; blank for everyone
	 * @param pageIndex zero-based page number
	 */
	@Transactional(readOnly = true)
	public Page<UserSummary> search(String query, int pageIndex) {
		Pageable pageable = PageRequest.of(Math.max(pageIndex, 0), PAGE_SIZE);
		String pattern = SearchTerms.containsPattern(query);
		List<UserSummary> rows = withCompanyNames(this.jdbc.sql(SUMMARY_COLUMNS + """
				where lower(u.email) like :pattern escape '\\'
				order by lower(u.email), u.id
				limit :limit offset :offset
				""")
			.param("pattern", pattern)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(UserAdmin::summary)
			.list());
		return PageableExecutionUtils.getPage(rows, pageable,
				() -> this.jdbc.sql("select count(*) from users u where lower(u.email) like :pattern escape '\\'")
					.param("pattern", pattern)
					.query(Long.class)
					.single());
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(long id) {
		return this.jdbc.sql(SUMMARY_COLUMNS + " where u.id = ?")
			.param(id)
			.query(UserAdmin::summary)
			.optional()
			.map((user) -> withCompanyNames(List.of(user)).get(0));
	}

	/** Every company an employer can belong to, by name, whatever its status. */
	@Transactional(readOnly = true)
	public Map<Long, String> companyChoices() {
		Map<Long, String> choices = new LinkedHashMap<>();
		for (AccountCompanies.AccountCompany company : this.companies.all()) {
			choices.put(company.id(),
					company.publicProfile() ? company.name() : company.name() + " (" + company.status() + ")");
		}
		return choices;
	}

	/**
	 * Creates an account that can sign in at once with the password chosen by the admin.
	 * @return the new user's id
	 * @throws RejectedChange when the address is in use or the company does not exist
	 */
	public long invite(NewUserForm form) {
		return write(() -> {
			if (this.users.findByEmail(form.getEmail()).isPresent()) {
				throw new RejectedChange("email", EMAIL_TAKEN);
			}
			UserAccount account = new UserAccount(form.getEmail(), this.passwordEncoder.encode(form.getPassword()),
					form.getRole(), companyOf(form));
			// The unique index on lower(email) is the backstop for two invitations at the
			// same moment.
			return this.users.saveAndFlush(account).getId();
		});
	}

	/**
	 * Gives the user a role (and, for an employer, a company) and signs them out
	 * everywhere so that their next request is made with the new role.
	 * @return the user's e-mail address
	 */
	public String changeRole(long id, RoleChoice form, SignedInUser actor) {
		return write(() -> {
			boolean removesAdmin = form.getRole() != Role.ADMIN;
			List<UserAccount> activeAdmins = removesAdmin ? this.users.lockEnabledAdmins() : List.of();
			UserAccount account = load(id);
			Long companyId = companyOf(form);
			if (account.getRole() == form.getRole() && Objects.equals(account.getCompanyId(), companyId)) {
				return account.getEmail();
			}
			if (removesAdmin && account.getRole() == Role.ADMIN) {
				if (isSelf(account, actor)) {
					throw new RejectedChange("role", SELF_DEMOTE);
				}
				requireAnotherActiveAdmin(account, activeAdmins, "role");
			}
			account.assignRole(form.getRole(), companyId);
			this.users.saveAndFlush(account);
			this.sessions.endAll(account.getEmail());
			return account.getEmail();
		});
	}

	/**
	 * Sets a new password and signs the user out everywhere; an admin resetting their own
	 * password stays signed in on the session they did it from.
	 * @return the user's e-mail address
	 */
	public String resetPassword(long id, PasswordChoice form, SignedInUser actor, String currentSessionId) {
		return write(() -> {
			UserAccount account = load(id);
			account.setPasswordHash(this.passwordEncoder.encode(form.getPassword()));
			this.users.saveAndFlush(account);
			if (isSelf(account, actor)) {
				this.sessions.endAllExcept(account.getEmail(), currentSessionId);
			}
			else {
				this.sessions.endAll(account.getEmail());
			}
			return account.getEmail();
		});
	}

	/**
	 * Stops the user from signing in and ends their sessions.
	 * @return the user's e-mail address
	 */
	public String disable(long id, SignedInUser actor) {
		return write(() -> {
			List<UserAccount> activeAdmins = this.users.lockEnabledAdmins();
			UserAccount account = load(id);
			if (isSelf(account, actor)) {
				throw new RejectedChange(null, SELF_DISABLE);
			}
			if (account.isEnabled()) {
				if (account.getRole() == Role.ADMIN) {
					requireAnotherActiveAdmin(account, activeAdmins, null);
				}
				account.setEnabled(false);
				this.users.saveAndFlush(account);
			}
			this.sessions.endAll(account.getEmail());
			return account.getEmail();
		});
	}

	/**
	 * Lets the user sign in again, with their existing password.
	 * @return the user's e-mail address
	 */
	public String enable(long id) {
		return write(() -> {
			UserAccount account = load(id);
			account.setEnabled(true);
			this.users.saveAndFlush(account);
			return account.getEmail();
		});
	}

	private UserAccount load(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	/** The company an employer belongs to, which must exist; none for an admin. */
	private Long companyOf(RoleChoice form) {
		if (form.getRole() != Role.EMPLOYER) {
			return null;
		}
		boolean exists = form.getCompanyId() != null && this.companies.exists(form.getCompanyId());
		if (!exists) {
			throw new RejectedChange("companyId", COMPANY_MISSING);
		}
		return form.getCompanyId();
	}

	private static boolean isSelf(UserAccount account, SignedInUser actor) {
		return account.getId() == actor.id();
	}

	private static void requireAnotherActiveAdmin(UserAccount account, List<UserAccount> activeAdmins, String field) {
		boolean another = activeAdmins.stream().anyMatch((admin) -> !admin.getId().equals(account.getId()));
		if (!another) {
			throw new RejectedChange(field, LAST_ADMIN, account.getEmail());
		}
	}

	/**
	 * Runs a change in its own transaction, turning what the database refuses into
	 * messages: the checks above come first, the constraints are the backstop when two
	 * admins act at once.
	 */
	private <T> T write(Supplier<T> change) {
		try {
			return this.transactions.execute((status) -> change.get());
		}
		catch (DataIntegrityViolationException ex) {
			if (violates(ex, "users_email_key")) {
				throw new RejectedChange("email", EMAIL_TAKEN);
			}
			if (violates(ex, "users_company_id_fkey")) {
				throw new RejectedChange("companyId", COMPANY_MISSING);
			}
			throw ex;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RejectedChange(null, CONCURRENT_CHANGE);
		}
	}

	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		String message = ex.getMostSpecificCause().getMessage();
		return message != null && message.contains(constraint);
	}

	/**
	 * The company feature owns the company names: asked for all the users' companies in
	 * one go.
	 */
	private List<UserSummary> withCompanyNames(List<UserSummary> users) {
		Map<Long, String> names = this.companies
			.namesOf(users.stream().map(UserSummary::companyId).filter(Objects::nonNull).distinct().toList());
		return users.stream()
			.map((user) -> new UserSummary(user.id(), user.email(), user.role(), user.companyId(),
					(user.companyId() != null) ? names.get(user.companyId()) : null, user.enabled(), user.createdAt()))
			.toList();
	}

	private static UserSummary summary(ResultSet rs, int row) throws SQLException {
		Long companyId = rs.getObject("company_id", Long.class);
		return new UserSummary(rs.getLong("id"), rs.getString("email"), Role.valueOf(rs.getString("role")), companyId,
				null, rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
