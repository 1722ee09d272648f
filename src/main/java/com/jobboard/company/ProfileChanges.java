package com.jobboard.company;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For writers that change what a profile shows without JPA (plain SQL, such as a follow being confirmed): drops the
 * company's page from this instance's {@link ProfileCache} now and again when the transaction ends, as
 * {@link ProfileWrites} does for entities. The database's notification then tells the other instances.
 */
@Component
public class ProfileChanges {

	private final ProfileCache cache;

	ProfileChanges(ProfileCache cache) {
		this.cache = cache;
	}

	public void changed(long companyId) {
		this.cache.companyChanged(companyId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ProfileChanges.this.cache.companyChanged(companyId);
				}
			});
		}
	}

}
