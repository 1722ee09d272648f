package com.jobboard.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, Long> {

	@EntityGraph(attributePaths = "sectors")
	Optional<Company> findWithSectorsBySlug(String slug);

	Optional<Company> findBySlug(String slug);

	@EntityGraph(attributePaths = "sectors")
	Optional<Company> findWithSectorsById(long id);

	boolean existsBySlug(String slug);

	/**
	 * Public companies whose name contains the pattern (already lower-cased, with LIKE
	 * wildcards escaped by backslash), optionally in one sector, alphabetically.
	 */
	@Query(value = """
			select c from Company c
			where c.status = com.jobboard.company.CompanyStatus.ACTIVE
			    and lower(c.name) like :namePattern escape '\\'
			    and (:sectorSlug = '' or exists (select 1 from c.sectors s where s.slug = :sectorSlug))
			order by lower(c.name), c.id
			""")
	List<Company> searchPublic(String namePattern, String sectorSlug, Pageable pageable);

	/**
	 * How many companies {@link #searchPublic} finds, counting no further than the limit.
	 */
	@Query(nativeQuery = true,
			value = """
					select count(*) from (
					    select 1 from companies c
					    where c.status = 'ACTIVE'
					        and lower(c.name) like :namePattern escape '\\'
					        and (:sectorSlug = '' or exists (select 1 from company_sectors cs join sectors s on s.id = cs.sector_id
					                                        where cs.company_id = c.id and s.slug = :sectorSlug))
					    limit :limit
					) found
					""")
	long countPublic(String namePattern, String sectorSlug, long limit);

	List<Company> findTop8ByStatusOrderByUpdatedAtDesc(CompanyStatus status);

	/**
	 * Companies in any of the statuses whose name or slug contains the pattern
	 * (lower-cased, LIKE wildcards escaped by backslash), alphabetically: the admins'
	 * list.
	 */
	@Query(value = """
			select c from Company c
			where c.status in :statuses
			    and (lower(c.name) like :pattern escape '\\' or c.slug like :pattern escape '\\')
			order by lower(c.name), c.id
			""")
	Page<Company> searchAll(String pattern, Collection<CompanyStatus> statuses, Pageable pageable);

}
