package com.jobboard.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on this request, and the checks every feature makes with it. */
@Component
public class CurrentUser {

	public Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The signed-in user; admin pages are behind sign-in, so there always is one there. */
	public SignedInUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
	}

	/** Answers 403 unless the signed-in user may edit the company. */
	public SignedInUser requireCompanyEditor(long companyId) {
		SignedInUser user = require();
		if (!user.canEditCompany(companyId)) {
			throw new AccessDeniedException("Not allowed to edit company " + companyId);
		}
		return user;
	}

	/** Answers 403 unless the signed-in user is an admin. */
	public SignedInUser requireAdmin() {
		SignedInUser user = require();
		if (!user.isAdmin()) {
			throw new AccessDeniedException("Admins only");
		}
		return user;
	}

	/** Whether the person on this request works on the company's profile (so their views do not count). */
	public boolean isStaffOf(long companyId) {
		return get().map((user) -> user.canEditCompany(companyId)).orElse(false);
	}

}
