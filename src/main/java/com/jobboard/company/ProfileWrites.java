package com.jobboard.company;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Drops a profile from this instance's {@link ProfileCache} as soon as this instance
 * writes the company through JPA (an entity listener of {@link Company}; the job
 * feature's {@code JobWrites} does the same for jobs), and again once the write is
 * committed. PostgreSQL's notification does the same for every instance, but it arrives a
 * moment after the commit: with this, the person who saved sees the change on their next
 * page, on the instance that saved it. The second drop catches a page loaded between the
 * write and its commit, which still read the old rows.
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
	void written(Company company) {
		if (company.getId() != null) {
			this.changes.changed(company.getId());
		}
	}

}
