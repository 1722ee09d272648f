package com.jobboard.company;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<Sector, Long> {

	List<Sector> findAllByOrderByNameAsc();

	Optional<Sector> findBySlug(String slug);

	Optional<Sector> findByNameIgnoreCase(String name);

}
