package com.jobboard.job;

import com.jobboard.company.ProfileChanges;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * A job written through JPA changes its company's profile (which lists its jobs): tells
 * the company feature's {@link ProfileChanges}, as {@code company.ProfileWrites} does for
 * the company itself. It lives here so that the company feature does not need to know the
 * job entity.
 */
public class JobWrites {

	private final ProfileChanges changes;

	/** Made by Spring (Hibernate asks Spring for its entity listeners). */
	public JobWrites(ProfileChanges changes) {
		this.changes = changes;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Job job) {
		if (job.getCompany() != null) {
			this.changes.changed(job.getCompany().getId());
		}
	}

}
