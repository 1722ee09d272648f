package com.jobboard.team;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(byte[] tokenHash);

	/**
	 * The invitation, locked until the transaction ends: two clicks on the link accept it
	 * once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = :tokenHash")
	Optional<Invitation> lockByTokenHash(byte[] tokenHash);

	Optional<Invitation> findByIdAndCompanyId(long id, long companyId);

	/**
	 * The company's not yet accepted or revoked invitation for the address (maybe
	 * expired), in any case.
	 */
	@Query("""
			select i from Invitation i
			where i.companyId = :companyId and lower(i.email) = lower(:email)
			    and i.acceptedAt is null and i.revokedAt is null
			""")
	Optional<Invitation> findUnclosed(long companyId, String email);

}
