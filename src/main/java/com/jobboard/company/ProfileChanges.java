package com.jobboard.company;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write to what a profile shows, on this instance: drops the company's page from this
 * instance's {@link ProfileCache} now and again when the transaction ends (a page loaded
 * in between still read the old rows). Entities call it through their listeners
 * ({@link ProfileWrites}, the job feature's JobWrites); plain SQL writers (a follow being
 * confirmed) call it themselves. The database's notification then tells the other
 * instances.
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
