package com.jobboard.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as kept in the session: small and serializable, since
 * sessions are stored in PostgreSQL. It says nothing about company teams: those are read
 * from the database on every request, so that a change there takes effect at once.
 */
public record SignedInUser(long id, String email, String passwordHash, Role role, Long companyId,
		boolean enabled) implements UserDetails {

	static SignedInUser of(UserAccount account) {
		return new SignedInUser(account.getId(), account.getEmail(), account.getPasswordHash(), account.getRole(),
				account.getCompanyId(), account.isEnabled());
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** The hash stays out of logs and session dumps. */
	@Override
	public String toString() {
		return "SignedInUser[id=" + this.id + ", email=" + this.email + ", role=" + this.role + "]";
	}

}
