package com.jobboard.security;

/**
 * An employer account was made for a company, or moved to one, by an admin or the
 * employer sign-up: it owns that company from now on.
 */
public record EmployerAssignedToCompany(long userId, String email, long companyId) {
}
