package com.jobboard.company.admin;

import java.time.Instant;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.SlugHistory;
import com.jobboard.security.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * Writes a changed company with the revision that records the change, and the slug's
 * history when the slug moved. The first recorded change of a company made before
 * revisions existed also keeps the state before it (a baseline).
 */
@Component
class RevisionRecorder {

	private final CompanyRepository companies;

	private final CompanyRevisions revisions;

	private final SlugHistory slugHistory;

	RevisionRecorder(CompanyRepository companies, CompanyRevisions revisions, SlugHistory slugHistory) {
		this.companies = companies;
		this.revisions = revisions;
		this.slugHistory = slugHistory;
	}

	/** Writes a new company and its first revision. */
	void created(Company company, SignedInUser author, String note) {
		this.companies.saveAndFlush(company);
		this.revisions.add(company.getId(), company.getVersion(), RevisionKind.CREATED, author.id(), author.email(),
				note, null, ProfileMapper.snapshotOf(company));
	}

	/**
	 * Writes the company and records the revision from {@code before} to {@code after}.
	 */
	void changed(Company company, Past past, ProfileSnapshot before, ProfileSnapshot after, RevisionKind kind,
			SignedInUser author, String note) {
		this.companies.saveAndFlush(company);
		if (!this.revisions.existsFor(company.getId())) {
			this.revisions.add(company.getId(), past.version(), RevisionKind.BASELINE, null, null, null,
					past.updatedAt(), before);
		}
		this.revisions.add(company.getId(), company.getVersion(), kind, author.id(), author.email(), note, null, after);
		if (!before.slug().equals(after.slug())) {
			this.slugHistory.recordRename(company.getId(), before.slug(), after.slug());
		}
	}

	/** The version and time of the company before a change, for the baseline revision. */
	record Past(long version, Instant updatedAt) {

		static Past of(Company company) {
			return new Past(company.getVersion(), company.getUpdatedAt());
		}

	}

}
