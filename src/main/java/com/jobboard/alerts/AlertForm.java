package com.jobboard.alerts;

import com.jobboard.job.EmploymentType;
import com.jobboard.security.AccountRules;
import com.jobboard.web.SearchTerms;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form of an alert: the address to send to and how often, and, for a saved
 * search, the search of {@code /jobs} it came from (carried in hidden fields, cleaned as
 * job search cleans them). A follow uses only the address and the frequency.
 */
public class AlertForm {

	@NotBlank(message = "{alerts.email.required}")
	@Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{alerts.email.size}")
	@Email(regexp = AccountRules.EMAIL_PATTERN, message = "{alerts.email.invalid}")
	private String email;

	@NotNull(message = "{alerts.frequency.required}")
	private AlertFrequency frequency = AlertFrequency.DAILY;

	private String q = "";

	private String location = "";

	private String sector = "";

	private EmploymentType type;

	private Boolean remote;

	public String getEmail() {
		return this.email;
	}

	/**
	 * Blank becomes {@code null}, so that an empty field gets "enter your address" and
	 * not also "invalid".
	 */
	public void setEmail(String email) {
		String cleaned = (email != null) ? email.replaceAll("\\p{Cntrl}", "").strip() : null;
		this.email = (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	public AlertFrequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(AlertFrequency frequency) {
		this.frequency = frequency;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = SearchTerms.normalize(q);
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = SearchTerms.normalize(location);
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = SearchTerms.normalize(sector);
	}

	public EmploymentType getType() {
		return this.type;
	}

	public void setType(EmploymentType type) {
		this.type = type;
	}

	public Boolean getRemote() {
		return this.remote;
	}

	public void setRemote(Boolean remote) {
		this.remote = remote;
	}

	public boolean remoteOnly() {
		return Boolean.TRUE.equals(this.remote);
	}

}
