package com.jobboard.team;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CompanyMemberRepository extends JpaRepository<CompanyMember, Long> {

	Optional<CompanyMember> findByCompanyIdAndUserId(long companyId, long userId);

	boolean existsByCompanyIdAndUserId(long companyId, long userId);

	/**
	 * The company's whole team, locked until the transaction ends, in id order so that
	 * concurrent changes queue up instead of deadlocking. Every change of roles or
	 * members takes this lock first, so two owners cannot each demote the other at the
	 * same moment and leave nobody.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from CompanyMember m where m.companyId = :companyId order by m.id")
	List<CompanyMember> lockTeam(long companyId);

}
