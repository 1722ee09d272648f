package com.jobboard.support;

import java.util.UUID;

import com.jobboard.company.Company;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;

import org.springframework.stereotype.Component;

/**
 * Employers who are really in a company's team, for tests that put a principal on a
 * request: access to a company is read from the database (the team's members), so a
 * made-up principal with a company id has none. Each call makes a new account, made for
 * the company and so its owner.
 */
@Component
public class TestMembers {

	private final UserAccountRepository users;

	public TestMembers(UserAccountRepository users) {
		this.users = users;
	}

	/** A new owner of the company, as they are on a request after signing in. */
	public SignedInUser employerOf(long companyId) {
		UserAccount account = this.users
			.save(new UserAccount("employer-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com",
					"{noop}unused", Role.EMPLOYER, companyId));
		return new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), Role.EMPLOYER,
				companyId, true);
	}

	public SignedInUser employerOf(Company company) {
		return employerOf(company.getId());
	}

}
