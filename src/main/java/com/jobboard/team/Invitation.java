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

/** An invitation to a company's team, for one address, used at most once. */
@Entity
@Table(name = "team_invitations")
class Invitation {

	/** Where an invitation stands. */
	enum State {

		OPEN, EXPIRED, ACCEPTED, REVOKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long companyId;

	@Column(nullable = false, updatable = false, length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TeamRole role;

	@Column(nullable = false, updatable = false)
	private byte[] tokenHash;

	@Column(updatable = false)
	private Long invitedBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private Instant acceptedAt;

	private Long acceptedBy;

	private Instant revokedAt;

	protected Invitation() {
	}

	Invitation(long companyId, String email, TeamRole role, byte[] tokenHash, long invitedBy, Instant createdAt,
			Instant expiresAt) {
		this.companyId = companyId;
		this.email = email;
		this.role = role;
		this.tokenHash = tokenHash.clone();
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	State stateAt(Instant now) {
		if (this.acceptedAt != null) {
			return State.ACCEPTED;
		}
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? State.OPEN : State.EXPIRED;
	}

	void accept(long userId, Instant now) {
		if (stateAt(now) != State.OPEN) {
			throw new IllegalStateException("Invitation " + this.id + " is not open");
		}
		this.acceptedAt = now;
		this.acceptedBy = userId;
	}

	/**
	 * Closes an invitation that was not used (revoking an expired one makes room for a
	 * new one).
	 */
	void revoke(Instant now) {
		if (this.acceptedAt != null || this.revokedAt != null) {
			throw new IllegalStateException("Invitation " + this.id + " is closed");
		}
		this.revokedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getCompanyId() {
		return this.companyId;
	}

	String getEmail() {
		return this.email;
	}

	TeamRole getRole() {
		return this.role;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	boolean isFor(String address) {
		return address != null && this.email.equalsIgnoreCase(address.strip());
	}

}
