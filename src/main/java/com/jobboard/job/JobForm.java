package com.jobboard.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.jobboard.address.Address;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the job form posts. The form binds to this, never to {@link Job}, so a request can
 * set only these fields. Single-line text is trimmed (blank becomes {@code null});
 * country and currency codes are upper-cased. Rules that involve more than one field are
 * {@link JobFormValidator}'s; those that depend on the job's status,
 * {@link JobPublishingRules}'s. A value that cannot be converted gets the message of its
 * {@code typeMismatch.jobForm.*} code.
 */
public class JobForm {

	static final int TITLE_MAX = 160;

	static final int LOCATION_MAX = 160;

	static final int DESCRIPTION_MAX = 100_000;

	static final int APPLY_URL_MAX = 500;

	static final int APPLY_EMAIL_MAX = 254;

	/**
	 * No control characters (PostgreSQL refuses NUL, and none belongs in one line of
	 * text).
	 */
	private static final String ONE_LINE = "[^\\p{Cntrl}]*";

	/** Line breaks and tabs are fine in Markdown; other control characters are not. */
	private static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	private static final String NO_CONTROL_CHARACTERS = "{form.error.controlCharacters}";

	@NotBlank(message = "{jobAdmin.error.titleRequired}")
	@Size(max = TITLE_MAX, message = "{form.error.maxLength.160}")
	@Pattern(regexp = ONE_LINE, message = NO_CONTROL_CHARACTERS)
	private String title;

	@NotNull(message = "{jobAdmin.error.employmentTypeRequired}")
	private EmploymentType employmentType;

	@Size(max = LOCATION_MAX, message = "{form.error.maxLength.160}")
	@Pattern(regexp = ONE_LINE, message = NO_CONTROL_CHARACTERS)
	private String location;

	private String countryCode;

	@Size(max = Address.STREET_MAX, message = "{form.error.maxLength.200}")
	@Pattern(regexp = ONE_LINE, message = NO_CONTROL_CHARACTERS)
	private String streetAddress;

	@Size(max = Address.POSTAL_CODE_MAX, message = "{form.error.maxLength.20}")
	@Pattern(regexp = Address.POSTAL_CODE_PATTERN, message = "{address.error.postalCode}")
	private String postalCode;

	@Size(max = Address.REGION_MAX, message = "{form.error.maxLength.100}")
	@Pattern(regexp = ONE_LINE, message = NO_CONTROL_CHARACTERS)
	private String region;

	private boolean remote;

	@DecimalMin(value = "0", message = "{jobAdmin.error.salaryNegative}")
	@Digits(integer = 10, fraction = 2, message = "{jobAdmin.error.salaryDigits}")
	private BigDecimal salaryMin;

	@DecimalMin(value = "0", message = "{jobAdmin.error.salaryNegative}")
	@Digits(integer = 10, fraction = 2, message = "{jobAdmin.error.salaryDigits}")
	private BigDecimal salaryMax;

	private String salaryCurrency;

	private SalaryPeriod salaryPeriod;

	@Size(max = DESCRIPTION_MAX, message = "{form.error.maxLength.100000}")
	@Pattern(regexp = MULTI_LINE, message = NO_CONTROL_CHARACTERS)
	private String description = "";

	@Size(max = APPLY_URL_MAX, message = "{form.error.maxLength.500}")
	private String applyUrl;

	@Size(max = APPLY_EMAIL_MAX, message = "{form.error.maxLength.254}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{form.error.email}")
	@Pattern(regexp = ONE_LINE, message = NO_CONTROL_CHARACTERS)
	private String applyEmail;

	/**
	 * Applications on this site; a new job's form starts with it ticked
	 * ({@link #forNewJob()}).
	 */
	private boolean applyOnSite;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	/** The version of the job the form was filled from; {@code null} for a new job. */
	private Long version;

	/**
	 * The empty form of a new job: it takes applications on the site unless the employer
	 * says otherwise.
	 */
	static JobForm forNewJob() {
		JobForm form = new JobForm();
		form.setApplyOnSite(true);
		return form;
	}

	/** The form filled with a job's current values. */
	static JobForm of(Job job, LocalDate expiresOn) {
		JobForm form = new JobForm();
		form.setTitle(job.getTitle());
		form.setEmploymentType(job.getEmploymentType());
		form.setLocation(job.getLocation());
		form.setCountryCode(job.getCountryCode());
		form.setStreetAddress(job.getStreetAddress());
		form.setPostalCode(job.getPostalCode());
		form.setRegion(job.getRegion());
		form.setRemote(job.isRemote());
		form.setSalaryMin(plain(job.getSalaryMin()));
		form.setSalaryMax(plain(job.getSalaryMax()));
		form.setSalaryCurrency(job.getSalaryCurrency());
		form.setSalaryPeriod(job.getSalaryPeriod());
		form.setDescription(job.getDescriptionMarkdown());
		form.setApplyUrl(job.getApplyUrl());
		form.setApplyEmail(job.getApplyEmail());
		form.setApplyOnSite(job.isApplyOnSite());
		form.setExpiresOn(expiresOn);
		form.setVersion(job.getVersion());
		return form;
	}

	/** "65000" rather than the column's "65000.00", but "65000.50" stays as it is. */
	private static BigDecimal plain(BigDecimal amount) {
		if (amount == null || amount.scale() <= 0) {
			return amount;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() <= 0) ? stripped.setScale(0) : amount;
	}

	boolean hasSalary() {
		return this.salaryMin != null || this.salaryMax != null;
	}

	private static String oneLine(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static String code(String value) {
		String code = oneLine(value);
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = oneLine(title);
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = oneLine(location);
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = code(countryCode);
	}

	public String getStreetAddress() {
		return this.streetAddress;
	}

	public void setStreetAddress(String streetAddress) {
		this.streetAddress = oneLine(streetAddress);
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = oneLine(postalCode);
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = oneLine(region);
	}

	public boolean isRemote() {
		return this.remote;
	}

	public void setRemote(boolean remote) {
		this.remote = remote;
	}

	public BigDecimal getSalaryMin() {
		return this.salaryMin;
	}

	public void setSalaryMin(BigDecimal salaryMin) {
		this.salaryMin = salaryMin;
	}

	public BigDecimal getSalaryMax() {
		return this.salaryMax;
	}

	public void setSalaryMax(BigDecimal salaryMax) {
		this.salaryMax = salaryMax;
	}

	public String getSalaryCurrency() {
		return this.salaryCurrency;
	}

	public void setSalaryCurrency(String salaryCurrency) {
		this.salaryCurrency = code(salaryCurrency);
	}

	public SalaryPeriod getSalaryPeriod() {
		return this.salaryPeriod;
	}

	public void setSalaryPeriod(SalaryPeriod salaryPeriod) {
		this.salaryPeriod = salaryPeriod;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * Markdown is kept exactly as typed (leading spaces mean something), only blank
	 * becomes empty.
	 */
	public void setDescription(String description) {
		this.description = (description == null || description.isBlank()) ? "" : description;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = oneLine(applyUrl);
	}

	public String getApplyEmail() {
		return this.applyEmail;
	}

	public void setApplyEmail(String applyEmail) {
		this.applyEmail = oneLine(applyEmail);
	}

	public boolean isApplyOnSite() {
		return this.applyOnSite;
	}

	public void setApplyOnSite(boolean applyOnSite) {
		this.applyOnSite = applyOnSite;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
