package com.jobboard.company.admin;

import com.jobboard.company.CompanyRepository;
import com.jobboard.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the revisions of company profiles and compares them. */
@Service
@Transactional(readOnly = true)
public class CompanyHistory {

	static final int PAGE_SIZE = 20;

	private final CompanyRepository companies;

	private final CompanyRevisions revisions;

	CompanyHistory(CompanyRepository companies, CompanyRevisions revisions) {
		this.companies = companies;
		this.revisions = revisions;
	}

	/**
	 * One page of the company's revisions, newest first, with the newest one's id (the
	 * profile as saved now).
	 */
	public HistoryPage page(long companyId, int page) {
		CompanySummary company = summary(companyId);
		Page<Revision> revisions = this.revisions.page(companyId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return new HistoryPage(company, revisions, this.revisions.latestId(companyId).orElse(null));
	}

	/**
	 * How the profile changed from one revision to another.
	 * @param fromId the earlier revision; {@code null} for the one saved just before
	 * {@code toId}
	 */
	public RevisionDiff diff(long companyId, Long fromId, long toId) {
		CompanySummary company = summary(companyId);
		Revision to = revision(companyId, toId);
		Long previousId = (fromId != null) ? fromId : this.revisions.previousId(companyId, toId).orElse(null);
		Revision from = (previousId != null) ? revision(companyId, previousId) : null;
		ProfileSnapshot before = (from != null) ? from.snapshot() : ProfileSnapshot.empty();
		return new RevisionDiff(company, from, to, before.diffTo(to.snapshot()));
	}

	private Revision revision(long companyId, long revisionId) {
		return this.revisions.find(companyId, revisionId)
			.orElseThrow(() -> new NotFoundException("No revision " + revisionId + " of company " + companyId));
	}

	private CompanySummary summary(long companyId) {
		return this.companies.findById(companyId)
			.map(CompanySummary::of)
			.orElseThrow(() -> new NotFoundException("No company " + companyId));
	}

	/**
	 * A page of revisions; {@code latestId} is the revision that matches the profile as
	 * saved now.
	 */
	public record HistoryPage(CompanySummary company, Page<Revision> revisions, Long latestId) {
	}

	/**
	 * Two revisions and what changed between them; {@code from} is {@code null} before
	 * the first revision.
	 */
	public record RevisionDiff(CompanySummary company, Revision from, Revision to, ProfileDiff diff) {
	}

}
