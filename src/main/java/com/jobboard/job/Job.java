package com.jobboard.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.jobboard.company.Company;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A job a company advertises. */
@Entity
@Table(name = "jobs")
@EntityListeners(JobWrites.class)
public class Job {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id")
	private Company company;

	@Column(nullable = false, length = 160)
	private String title;

	@Column(nullable = false, length = 180)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EmploymentType employmentType;

	private String location;

	@Column(length = 2)
	private String countryCode;

	private String streetAddress;

	private String postalCode;

	private String region;

	private boolean remote;

	private BigDecimal salaryMin;

	private BigDecimal salaryMax;

	@Column(length = 3)
	private String salaryCurrency;

	@Enumerated(EnumType.STRING)
	private SalaryPeriod salaryPeriod;

	@Column(nullable = false)
	private String descriptionMarkdown = "";

	@Column(nullable = false)
	private String descriptionHtml = "";

	private String applyUrl;

	private String applyEmail;

	/**
	 * Whether people apply on this site (the applications feature), besides any address
	 * or e-mail.
	 */
	private boolean applyOnSite;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private JobStatus status = JobStatus.DRAFT;

	private Instant postedAt;

	private Instant expiresAt;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Job() {
	}

	public Job(Company company, String title, String slug, EmploymentType employmentType) {
		this.company = company;
		this.title = title;
		this.slug = slug;
		this.employmentType = employmentType;
	}

	/**
	 * Open to applicants at the given instant: published, not filled, and not past its
	 * expiry.
	 */
	public boolean isOpenAt(Instant now) {
		return OpenNow.isOpen(this.status, this.expiresAt, now);
	}

	/**
	 * The status people should see at the given instant: an open job past its expiry is
	 * expired.
	 */
	public JobStatus effectiveStatusAt(Instant now) {
		return (this.status == JobStatus.OPEN && !isOpenAt(now)) ? JobStatus.EXPIRED : this.status;
	}

	/** Publishes the job now, unless it was published before. */
	public void open(Instant now) {
		this.status = JobStatus.OPEN;
		if (this.postedAt == null) {
			this.postedAt = now;
		}
	}

	/**
	 * Closes a published job because it was filled; it stays on its page, marked closed.
	 */
	public void fill() {
		if (this.postedAt == null) {
			throw new IllegalStateException("Only a published job can be filled");
		}
		this.status = JobStatus.FILLED;
	}

	/** Whether the job was ever published (drafts never were). */
	public boolean wasPublished() {
		return this.postedAt != null;
	}

	public void describe(String markdown, String safeHtml) {
		this.descriptionMarkdown = (markdown != null) ? markdown : "";
		this.descriptionHtml = (safeHtml != null) ? safeHtml : "";
	}

	public void setSalary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
		this.salaryMin = min;
		this.salaryMax = max;
		this.salaryCurrency = currency;
		this.salaryPeriod = period;
	}

	public Long getId() {
		return this.id;
	}

	public Company getCompany() {
		return this.company;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
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
		this.location = location;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getStreetAddress() {
		return this.streetAddress;
	}

	public void setStreetAddress(String streetAddress) {
		this.streetAddress = streetAddress;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
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

	public BigDecimal getSalaryMax() {
		return this.salaryMax;
	}

	public String getSalaryCurrency() {
		return this.salaryCurrency;
	}

	public SalaryPeriod getSalaryPeriod() {
		return this.salaryPeriod;
	}

	public String getDescriptionMarkdown() {
		return this.descriptionMarkdown;
	}

	public String getDescriptionHtml() {
		return this.descriptionHtml;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	public String getApplyEmail() {
		return this.applyEmail;
	}

	public void setApplyEmail(String applyEmail) {
		this.applyEmail = applyEmail;
	}

	public boolean isApplyOnSite() {
		return this.applyOnSite;
	}

	public void setApplyOnSite(boolean applyOnSite) {
		this.applyOnSite = applyOnSite;
	}

	public JobStatus getStatus() {
		return this.status;
	}

	public void setStatus(JobStatus status) {
		this.status = status;
	}

	public Instant getPostedAt() {
		return this.postedAt;
	}

	public void setPostedAt(Instant postedAt) {
		this.postedAt = postedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	/** The day the job expires on, as the job form shows it; {@code null} for none. */
	LocalDate expiryDate() {
		return (this.expiresAt != null) ? LocalDate.ofInstant(this.expiresAt, ZoneOffset.UTC) : null;
	}

	/**
	 * An expiry date is the last day a job is open: it closes at the end of that day, UTC
	 * ({@code null}: never).
	 */
	void expireAtEndOf(LocalDate day) {
		this.expiresAt = (day != null) ? day.atTime(END_OF_DAY).toInstant(ZoneOffset.UTC) : null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
