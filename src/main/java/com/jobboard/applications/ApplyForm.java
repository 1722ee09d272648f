package com.jobboard.applications;

import com.jobboard.security.AccountRules;
import com.jobboard.web.WebAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * What a candidate sends with the Apply form. Single-line texts are trimmed and lose
 * control characters as they are bound (blank optional fields become {@code null}); the
 * cover letter keeps its lines. The CV is checked by {@link CvCheck}, not here.
 * {@code homepage} is a honeypot: hidden from people, so only a bot fills it in.
 */
public class ApplyForm {

	static final int NAME_MAX = 160;

	static final int PHONE_MAX = 40;

	static final int LINK_MAX = 500;

	static final int COVER_LETTER_MAX = 10_000;

	/** Line breaks and tabs belong in a letter; other control characters (NUL) do not. */
	private static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	@NotBlank(message = "{applications.error.name.required}")
	@Size(max = NAME_MAX, message = "{applications.error.name.size}")
	private String name;

	@NotBlank(message = "{applications.error.email.required}")
	@Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{applications.error.email.size}")
	@Email(regexp = AccountRules.EMAIL_PATTERN, message = "{applications.error.email.invalid}")
	private String email;

	@Size(max = PHONE_MAX, message = "{applications.error.phone.size}")
	@Pattern(regexp = "[0-9+()./\\- ]*", message = "{applications.error.phone.invalid}")
	private String phone;

	// The length is checked first and alone: a long address gets one message, not two.
	@Size(max = LINK_MAX, message = "{applications.error.link.size}")
	@WebAddress(max = Integer.MAX_VALUE, message = "{applications.error.link.invalid}")
	private String link;

	@Size(max = COVER_LETTER_MAX, message = "{applications.error.coverLetter.size}")
	@Pattern(regexp = MULTI_LINE, message = "{applications.error.coverLetter.controlCharacters}")
	private String coverLetter = "";

	private MultipartFile cv;

	@AssertTrue(message = "{applications.error.consent}")
	private boolean consent;

	private String homepage = "";

	/** Whether the hidden honeypot field was filled in: only bots see it. */
	boolean isFromBot() {
		return this.homepage != null && !this.homepage.isBlank();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = optionalLine(name);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = optionalLine(email);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = optionalLine(phone);
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = optionalLine(link);
	}

	public String getCoverLetter() {
		return this.coverLetter;
	}

	/**
	 * Kept as typed, only blank becomes empty and Windows line ends become plain ones.
	 */
	public void setCoverLetter(String coverLetter) {
		this.coverLetter = (coverLetter == null || coverLetter.isBlank()) ? "" : coverLetter.replace("\r\n", "\n");
	}

	public MultipartFile getCv() {
		return this.cv;
	}

	public void setCv(MultipartFile cv) {
		this.cv = cv;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	/** Without control characters and surrounding spaces; blank becomes {@code null}. */
	private static String optionalLine(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replaceAll("\\p{Cntrl}", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
