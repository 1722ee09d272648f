package com.jobboard.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in on this request. Who may do what with a company is decided in one
 * place, the team feature's {@code companyAccess} bean, used with {@code @PreAuthorize}.
 */
@Component
public class CurrentUser {

	private final CompanyMemberships memberships;

	CurrentUser(CompanyMemberships memberships) {
		this.memberships = memberships;
	}

	public Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in user; admin pages are behind sign-in, so there always is one there.
	 */
	public SignedInUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/** Answers 403 unless the signed-in user is an admin. */
	public SignedInUser requireAdmin() {
		SignedInUser user = require();
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Admins only");
		}
		return user;
	}

	/**
	 * Whether the person on this request works on the company's profile (so their views
	 * do not count).
	 */
	public boolean isStaffOf(long companyId) {
		return get().map((user) -> user.isAdmin() || this.memberships.isMember(user.id(), companyId)).orElse(false);
	}

}
