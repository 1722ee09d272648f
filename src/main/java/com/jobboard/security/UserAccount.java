package com.jobboard.security;

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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Someone who can sign in. Employers belong to one company. */
@Entity
@Table(name = "users")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false, length = 100)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private Long companyId;

	private boolean enabled = true;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Approval approval = Approval.APPROVED;

	private Instant approvalDecidedAt;

	private Long approvalDecidedBy;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String passwordHash, Role role, Long companyId) {
		this.email = email;
		this.passwordHash = passwordHash;
		assignRole(role, companyId);
	}

	/** An employer who signed up on their own: they may sign in at once, and wait for an admin's approval. */
	static UserAccount pendingEmployer(String email, String passwordHash, long companyId) {
		UserAccount account = new UserAccount(email, passwordHash, Role.EMPLOYER, companyId);
		account.approval = Approval.PENDING;
		return account;
	}

	/** An admin's decision on a sign-up: approved, or rejected (which also disables the account). */
	void decide(Approval decision, long adminId, Instant at) {
		if (decision == Approval.PENDING) {
			throw new IllegalArgumentException("A decision approves or rejects");
		}
		this.approval = decision;
		this.approvalDecidedAt = at;
		this.approvalDecidedBy = adminId;
		if (decision == Approval.REJECTED) {
			this.enabled = false;
		}
	}

	/** Employers need a company; admins have none. */
	public void assignRole(Role role, Long companyId) {
		if (role == Role.EMPLOYER && companyId == null) {
			throw new IllegalArgumentException("An employer belongs to a company");
		}
		this.role = role;
		this.companyId = (role == Role.EMPLOYER) ? companyId : null;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Approval getApproval() {
		return this.approval;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
