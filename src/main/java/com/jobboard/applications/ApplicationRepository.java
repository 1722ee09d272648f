package com.jobboard.applications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<JobApplication, Long> {

	Optional<JobApplication> findByJobIdAndEmailKey(long jobId, String emailKey);

}
