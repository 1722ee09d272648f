package com.jobboard.company.admin;

import java.util.Objects;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.admin.RevisionRecorder.Past;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.Notice;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Going back to an earlier revision of a company profile, as a new revision. */
@Service
class RevisionRestorer {

	private final CompanyRepository companies;

	private final CompanyRevisions revisions;

	private final ProfileMapper mapper;

	private final CompanySlugs slugs;

	private final RevisionRecorder recorder;

	private final TransactionTemplate transaction;

	RevisionRestorer(CompanyRepository companies, CompanyRevisions revisions, ProfileMapper mapper, CompanySlugs slugs,
			RevisionRecorder recorder, TransactionTemplate transaction) {
		this.companies = companies;
		this.revisions = revisions;
		this.mapper = mapper;
		this.slugs = slugs;
		this.recorder = recorder;
		this.transaction = transaction;
	}

	/**
	 * Makes the profile what it was in an earlier revision (all fields but the status),
	 * as a new revision.
	 * @param version the company's version the person saw when choosing the revision
	 */
	FormOutcome<CompanySummary> restore(long id, long revisionId, Long version, SignedInUser author) {
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				Revision revision = this.revisions.find(id, revisionId)
					.orElseThrow(() -> new NotFoundException("No revision " + revisionId + " of company " + id));
				if (version == null || version != company.getVersion()) {
					return FormOutcome.conflict(CompanySummary.of(company), null,
							Notice.of("companyAdmin.restore.stale"));
				}
				ProfileSnapshot before = ProfileMapper.snapshotOf(company);
				Past past = Past.of(company);
				ProfileSnapshot old = revision.snapshot();
				// Stored with the revision, in one language for all readers
				// (Revision.restoredRevisionId() reads it).
				String note = Revision.restoredNote(revisionId);
				Notice slugKept = null;
				if (!Objects.equals(old.slug(), company.getSlug())) {
					if (this.slugs.isTakenByAnother(old.slug(), company.getId())) {
						slugKept = Notice.of("companyAdmin.restore.slugKept", company.getSlug(), old.slug());
					}
					else {
						company.setSlug(old.slug());
					}
				}
				this.mapper.restore(old, company);
				ProfileSnapshot after = ProfileMapper.snapshotOf(company);
				if (after.equals(before)) {
					tx.setRollbackOnly();
					return FormOutcome.conflict(CompanySummary.of(company), null,
							Notice.of("companyAdmin.restore.unchanged", revisionId));
				}
				this.recorder.changed(company, past, before, after, RevisionKind.REVERTED, author, note);
				Notice done = Notice.of("companyAdmin.restore.done", revisionId);
				return FormOutcome.saved(CompanySummary.of(company), (slugKept != null) ? done.then(slugKept) : done);
			});
		}
		catch (OptimisticLockingFailureException ex) {
			return FormOutcome.conflict(null, null, Notice.of("companyAdmin.restore.concurrent"));
		}
	}

	private Company load(long id) {
		return this.companies.findWithSectorsById(id).orElseThrow(() -> new NotFoundException("No company " + id));
	}

}
