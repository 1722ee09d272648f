package com.jobboard.company;

import org.springframework.data.jpa.repository.JpaRepository;

interface LogoRepository extends JpaRepository<Logo, Long> {

}
