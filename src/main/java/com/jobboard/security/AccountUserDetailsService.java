package com.jobboard.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in by e-mail address, in any case. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		// No address has control characters, and PostgreSQL refuses NUL in a query: no
		// such account.
		if (email.chars().anyMatch(Character::isISOControl)) {
			throw new UsernameNotFoundException("No account");
		}
		return this.users.findByEmail(email.strip())
			.map(SignedInUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

}
