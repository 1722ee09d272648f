package com.jobboard.security;

import java.time.Instant;

/** A user as the admin pages list and show them: never the password hash. */
record UserSummary(long id, String email, Role role, Long companyId, String companyName, boolean enabled,
		Instant createdAt) {
}
