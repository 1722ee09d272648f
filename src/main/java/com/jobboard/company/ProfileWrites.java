package com.jobboard.company;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Drops a profile from this instance's {@link ProfileCache} as soon as this instance writes something it shows
 * (a company or a job, through JPA: an entity listener of {@link Company} and job.Job), and again once the write
 * is committed. PostgreSQL's notification does the same for every instance, but it arrives a moment after the
 * commit: with this, the person who saved sees the change on their next page, on the instance that saved it.
 * The second drop catches a page loaded between the write and its commit, which still read the old rows.
 */
public class ProfileWrites {

	private final ProfileChanges changes;

	/** Made by Spring (Hibernate asks Spring for its entity listeners). */
	public ProfileWrites(ProfileChanges changes) {
		this.changes = changes;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		Long companyId = companyIdOf(entity);
		if (companyId != null) {
			this.changes.changed(companyId);
		}
	}

	private static Long companyIdOf(Object entity) {
		if (entity instanceof Company company) {
			return company.getId();
		}
		if (entity instanceof com.jobboard.job.Job job && job.getCompany() != null) {
			return job.getCompany().getId();
		}
		return null;
	}

}
