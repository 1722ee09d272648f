package com.jobboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the user management needs to know of the companies employers belong to. The
 * company feature answers ({@code company.CompaniesOfAccounts}): companies depend on
 * security (who is signed in), so security asks through this interface of its own instead
 * of reading the company tables.
 */
public interface AccountCompanies {

	/** Every company, whatever its status, by name (any case), then id. */
	List<AccountCompany> all();

	/** The names of those of the given companies that exist. */
	Map<Long, String> namesOf(Collection<Long> companyIds);

	boolean exists(long companyId);

	/**
	 * A company an employer can belong to.
	 *
	 * @param publicProfile whether it is listed and its profile can be seen
	 * @param status its status for admins, in lower case ("pending", "archived")
	 */
	record AccountCompany(long id, String name, boolean publicProfile, String status) {
	}

}
