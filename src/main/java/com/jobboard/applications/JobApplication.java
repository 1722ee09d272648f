package com.jobboard.applications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A candidate's application to one job: one per job and e-mail address (applying again
 * updates it). The CV, the history and the candidate's private links live in their own
 * tables.
 */
@Entity
@Table(name = "job_applications")
class JobApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long jobId;

	@Column(nullable = false, updatable = false)
	private long companyId;

	@Column(nullable = false, length = 160)
	private String name;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false, length = 254, updatable = false)
	private String emailKey;

	private String phone;

	private String link;

	@Column(nullable = false)
	private String coverLetter = "";

	@Column(nullable = false, length = 10)
	private String locale;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status = ApplicationStatus.NEW;

	@Column(nullable = false)
	private Instant consentedAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected JobApplication() {
	}

	JobApplication(long jobId, long companyId, String email, Instant now) {
		this.jobId = jobId;
		this.companyId = companyId;
		this.email = email;
		this.emailKey = CandidateLinks.emailKey(email);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** What the candidate sent (the first time, or again). */
	void fill(ApplyForm form, String locale, Instant now) {
		this.name = form.getName();
		this.email = form.getEmail();
		this.phone = form.getPhone();
		this.link = form.getLink();
		this.coverLetter = form.getCoverLetter();
		this.locale = locale;
		this.consentedAt = now;
		this.updatedAt = now;
	}

	void changeStatus(ApplicationStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getJobId() {
		return this.jobId;
	}

	long getCompanyId() {
		return this.companyId;
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

	String getEmailKey() {
		return this.emailKey;
	}

	String getPhone() {
		return this.phone;
	}

	String getLink() {
		return this.link;
	}

	String getCoverLetter() {
		return this.coverLetter;
	}

	String getLocale() {
		return this.locale;
	}

	ApplicationStatus getStatus() {
		return this.status;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
