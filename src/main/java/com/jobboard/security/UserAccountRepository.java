package com.jobboard.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	long countByApproval(Approval approval);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<UserAccount> findByCompanyId(long companyId);

	@Query("select u from UserAccount u order by lower(u.email)")
	Page<UserAccount> findAllByEmail(Pageable pageable);

	/**
	 * The enabled admins, locked until the transaction ends, in id order so that
	 * concurrent callers queue up instead of deadlocking. Taking this lock before
	 * disabling or demoting an admin means two admins cannot each remove the other at the
	 * same moment and leave nobody.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select u from UserAccount u
			where u.role = com.jobboard.security.Role.ADMIN and u.enabled = true
			order by u.id
			""")
	List<UserAccount> lockEnabledAdmins();

}
