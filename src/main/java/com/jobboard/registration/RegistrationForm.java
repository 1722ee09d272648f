package com.jobboard.registration;

import com.jobboard.security.AccountRules;
import com.jobboard.web.WebAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a company fills in to sign up as an employer: the address and password to sign in
 * with, the company's name and maybe its website. {@code homepage} is a honeypot: hidden
 * from people, so only a bot fills it in. Single-line texts are trimmed and lose control
 * characters as they are bound; a blank website becomes {@code null}.
 */
class RegistrationForm {

	static final int COMPANY_NAME_MAX = 160;

	static final int WEBSITE_MAX = 500;

	@NotBlank(message = "{registration.email.required}")
	@Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{registration.email.size}")
	@Email(regexp = AccountRules.EMAIL_PATTERN, message = "{registration.email.invalid}")
	private String email;

	@NotNull(message = "{registration.password.size}")
	@Size(min = AccountRules.MIN_PASSWORD_LENGTH, max = AccountRules.MAX_PASSWORD_LENGTH,
			message = "{registration.password.size}")
	private String password = "";

	private String confirmPassword = "";

	@NotBlank(message = "{registration.companyName.required}")
	@Size(max = COMPANY_NAME_MAX, message = "{registration.companyName.size}")
	private String companyName = "";

	// The length is checked first and alone: a long address gets one message, not two.
	@Size(max = WEBSITE_MAX, message = "{registration.website.size}")
	@WebAddress(max = Integer.MAX_VALUE, message = "{registration.website.invalid}")
	private String website;

	private String homepage = "";

	/** Whether the hidden honeypot field was filled in: only bots see it. */
	boolean isFromBot() {
		return this.homepage != null && !this.homepage.isBlank();
	}

	/**
	 * Forgets the passwords, so that a form shown again never carries them back to the
	 * browser.
	 */
	void forgetPasswords() {
		this.password = "";
		this.confirmPassword = "";
	}

	public String getEmail() {
		return this.email;
	}

	/**
	 * Blank becomes {@code null}, so that an empty field gets "enter your address" and
	 * not also "invalid".
	 */
	public void setEmail(String email) {
		String cleaned = line(email);
		this.email = (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = line(companyName);
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		String cleaned = line(website);
		this.website = (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	/**
	 * Without control characters (PostgreSQL refuses NUL, and none belongs in one line)
	 * and surrounding spaces.
	 */
	private static String line(String value) {
		return (value != null) ? value.replaceAll("\\p{Cntrl}", "").strip() : null;
	}

}
