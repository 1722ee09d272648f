package com.jobboard.company.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.jobboard.company.Company;
import com.jobboard.company.Sector;

import org.springframework.stereotype.Component;

/**
 * Whether saving a form would undo what someone else saved since the form was opened,
 * told from the form's version and the revisions.
 */
@Component
class ProfileConflicts {

	private final CompanyRevisions revisions;

	ProfileConflicts(CompanyRevisions revisions) {
		this.revisions = revisions;
	}

	/**
	 * Empty when the form was filled from the company as saved now, or when saving it
	 * would not undo anything saved since (the other changes are in fields this form
	 * leaves as they are now); else what was saved since the form was opened.
	 */
	Optional<ProfileConflict> of(Company company, CompanyForm form, List<Sector> chosen) {
		Long version = form.getVersion();
		if (version != null && version == company.getVersion()) {
			return Optional.empty();
		}
		ProfileSnapshot current = ProfileMapper.snapshotOf(company);
		ProfileSnapshot entered = ProfileMapper.snapshotOf(form, chosen, company.getLogoId(), company.getStatus());
		ProfileDiff overwriting = entered.diffTo(current);
		Optional<Revision> start = (version != null) ? this.revisions.findByVersion(company.getId(), version)
				: Optional.empty();
		if (start.isEmpty()) {
			return Optional.of(new ProfileConflict(overwriting, false));
		}
		ProfileDiff theirs = start.get().snapshot().diffTo(current);
		Set<String> entering = overwriting.fields()
			.stream()
			.map(ProfileDiff.FieldChange::labelCode)
			.collect(Collectors.toSet());
		boolean fieldOverwritten = theirs.fields()
			.stream()
			.map(ProfileDiff.FieldChange::labelCode)
			.anyMatch(entering::contains);
		boolean descriptionOverwritten = theirs.descriptionChanged() && overwriting.descriptionChanged();
		return (fieldOverwritten || descriptionOverwritten) ? Optional.of(new ProfileConflict(theirs, true))
				: Optional.empty();
	}

}
