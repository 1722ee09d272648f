package com.jobboard.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Someone who can sign in. What an employer may do comes from their memberships of
 * company teams (the team feature); {@code companyId} is only the company the account was
 * made for. An account made or moved to a company by an admin or the sign-up owns that
 * company: saving it announces {@link EmployerAssignedToCompany}, which the team feature
 * turns into an owner's membership.
 */
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

	/**
	 * The company this account was just assigned to, announced once when the account is
	 * saved.
	 */
	@Transient
	private Long assignedCompanyId;

	protected UserAccount() {
	}

	public UserAccount(String email, String passwordHash, Role role, Long companyId) {
		this.email = email;
		this.passwordHash = passwordHash;
		assignRole(role, companyId);
	}

	/**
	 * An employer who signed up on their own: they may sign in at once, and wait for an
	 * admin's approval.
	 */
	static UserAccount pendingEmployer(String email, String passwordHash, long companyId) {
		UserAccount account = new UserAccount(email, passwordHash, Role.EMPLOYER, companyId);
		account.approval = Approval.PENDING;
		return account;
	}

	/**
	 * An admin's decision on a sign-up: approved, or rejected (which also disables the
	 * account).
	 */
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

	/**
	 * Someone who joins a company's team through an invitation: the team records their
	 * role, so no owner's membership is announced.
	 */
	static UserAccount invitedMember(String email, String passwordHash, long companyId) {
		UserAccount account = new UserAccount(email, passwordHash, Role.EMPLOYER, companyId);
		account.assignedCompanyId = null;
		return account;
	}

	/**
	 * Employers need a company; admins have none. An employer given a new company becomes
	 * its owner.
	 */
	public void assignRole(Role role, Long companyId) {
		if (role == Role.EMPLOYER && companyId == null) {
			throw new IllegalArgumentException("An employer belongs to a company");
		}
		if (role == Role.EMPLOYER && (this.role != Role.EMPLOYER || !Objects.equals(this.companyId, companyId))) {
			this.assignedCompanyId = companyId;
		}
		this.role = role;
		this.companyId = (role == Role.EMPLOYER) ? companyId : null;
	}

	/** Published by Spring Data after the account is saved (it has its id by then). */
	@DomainEvents
	Collection<Object> domainEvents() {
		if (this.assignedCompanyId == null || this.id == null) {
			return List.of();
		}
		return List.of(new EmployerAssignedToCompany(this.id, this.email, this.assignedCompanyId));
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.assignedCompanyId = null;
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
