package com.jobboard.team;

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

/** One account in one company's team, with its role. */
@Entity
@Table(name = "company_members")
class CompanyMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long companyId;

	@Column(nullable = false, updatable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TeamRole role;

	@Column(nullable = false, updatable = false)
	private Instant joinedAt;

	@Version
	private long version;

	protected CompanyMember() {
	}

	CompanyMember(long companyId, long userId, TeamRole role, Instant joinedAt) {
		this.companyId = companyId;
		this.userId = userId;
		this.role = role;
		this.joinedAt = joinedAt;
	}

	long getCompanyId() {
		return this.companyId;
	}

	long getUserId() {
		return this.userId;
	}

	TeamRole getRole() {
		return this.role;
	}

	boolean isOwner() {
		return this.role == TeamRole.OWNER;
	}

	/**
	 * Only {@link Team} changes roles, after checking that the company keeps an owner.
	 */
	void setRole(TeamRole role) {
		this.role = role;
	}

}
