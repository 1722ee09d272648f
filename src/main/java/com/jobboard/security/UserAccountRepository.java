package com.jobboard.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserAccount> findByEmail(String email);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<UserAccount> findByCompanyId(long companyId);

	@Query("select u from UserAccount u order by lower(u.email)")
	Page<UserAccount> findAllByEmail(Pageable pageable);

}
