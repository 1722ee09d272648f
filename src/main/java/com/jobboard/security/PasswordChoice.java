package com.jobboard.security;

/** A form in which a password is typed twice. */
interface PasswordChoice {

	String getPassword();

	String getConfirmPassword();

}
