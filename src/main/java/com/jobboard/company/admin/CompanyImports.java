package com.jobboard.company.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.web.Messages;
import com.jobboard.web.Slugs;
import jakarta.validation.Validator;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What an import may do to companies, by the same rules as the company form: the form's
 * field checks, the logo checks of an upload, the slug rules, Markdown through the
 * sanitizer, and a revision for every change. Runs in the caller's transaction, so a
 * whole import commits or rolls back together.
 */
@Service
public class CompanyImports {

	private final CompanyRepository companies;

	private final CompanySlugs slugs;

	private final ProfileMapper mapper;

	private final LogoStore logos;

	private final LogoUploads logoUploads;

	private final CompanyRevisions revisions;

	private final SpringValidatorAdapter validator;

	private final Messages messages;

	CompanyImports(CompanyRepository companies, CompanySlugs slugs, ProfileMapper mapper, LogoStore logos,
			LogoUploads logoUploads, CompanyRevisions revisions, Validator validator, Messages messages) {
		this.companies = companies;
		this.slugs = slugs;
		this.mapper = mapper;
		this.logos = logos;
		this.logoUploads = logoUploads;
		this.revisions = revisions;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/**
	 * Checks the form by the company form's rules. A field that breaks them is emptied
	 * and named in the answer (the rest of the profile is still imported); the name and
	 * the description cannot be left out, so their problems stay on the form.
	 * @return one problem per emptied field, in words
	 */
	public List<String> dropInvalidFields(CompanyForm form) {
		List<String> dropped = new ArrayList<>();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "company");
		this.validator.validate(form, errors);
		BeanWrapperImpl fields = new BeanWrapperImpl(form);
		Set<String> done = new java.util.HashSet<>();
		for (FieldError error : errors.getFieldErrors()) {
			if (isRequired(error.getField()) || !done.add(error.getField())) {
				continue;
			}
			dropped.add(error.getField() + ": " + this.messages.get(error));
			fields.setPropertyValue(error.getField(), null);
		}
		return dropped;
	}

	/**
	 * What still makes the form impossible to import (a missing name, a description too
	 * long), in words.
	 */
	public List<String> blockingProblems(CompanyForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "company");
		this.validator.validate(form, errors);
		return errors.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + this.messages.get(error))
			.toList();
	}

	private static boolean isRequired(String field) {
		return "name".equals(field) || "descriptionMarkdown".equals(field);
	}

	/**
	 * The image if it passes the logo upload's checks, else empty with the reason added
	 * to {@code problems}.
	 */
	public Optional<Image> checkLogo(byte[] bytes, List<String> problems) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new CompanyForm(), "company");
		Optional<LogoUploads.CheckedLogo> checked = this.logoUploads.check(bytes, errors);
		errors.getFieldErrors().forEach((error) -> problems.add(this.messages.get(error)));
		return checked.map((logo) -> new Image(logo));
	}

	/** A logo that passed the upload checks; only {@link #checkLogo} makes one. */
	public static final class Image {

		private final LogoUploads.CheckedLogo logo;

		private Image(LogoUploads.CheckedLogo logo) {
			this.logo = logo;
		}

	}

	/**
	 * Creates the company, or updates the one with the id, from a form already checked. A
	 * new company takes the form's slug when it is free, else one made from the name; an
	 * existing company keeps its slug (its address does not move on a re-import). Nothing
	 * is written when nothing changed.
	 * @param existingId the company imported from the same record before, or {@code null}
	 * @param logo the checked logo, or {@code null} to keep the logo as it is
	 * @param note what the revision says (which file, which record)
	 */
	public Saved save(Long existingId, CompanyForm form, Collection<Sector> sectors, Image image, Long authorId,
			String authorEmail, String note) {
		Company company = (existingId != null) ? this.companies.findWithSectorsById(existingId).orElse(null) : null;
		boolean creating = company == null;
		ProfileSnapshot before = null;
		long pastVersion = 0;
		java.time.Instant pastUpdatedAt = null;
		if (creating) {
			company = new Company(freeSlug(form), form.getName());
			company.setStatus((form.getStatus() != null && form.getStatus() != CompanyStatus.ARCHIVED)
					? form.getStatus() : CompanyStatus.ACTIVE);
		}
		else {
			before = ProfileMapper.snapshotOf(company);
			pastVersion = company.getVersion();
			pastUpdatedAt = company.getUpdatedAt();
		}
		apply(form, company, sectors);
		LogoUploads.CheckedLogo logo = (image != null) ? image.logo : null;
		if (logo != null
				&& (company.getLogoId() == null || !this.logos.isSameImage(company.getLogoId(), logo.bytes()))) {
			company.setLogoId(this.logos.store(logo.contentType(), logo.bytes()));
		}
		if (!creating && ProfileMapper.snapshotOf(company).equals(before)) {
			return new Saved(company.getId(), company.getSlug(), Change.UNCHANGED);
		}
		this.companies.saveAndFlush(company);
		if (creating) {
			this.revisions.add(company.getId(), company.getVersion(), RevisionKind.CREATED, authorId, authorEmail, note,
					null, ProfileMapper.snapshotOf(company));
			return new Saved(company.getId(), company.getSlug(), Change.CREATED);
		}
		if (!this.revisions.existsFor(company.getId())) {
			this.revisions.add(company.getId(), pastVersion, RevisionKind.BASELINE, null, null, null, pastUpdatedAt,
					before);
		}
		this.revisions.add(company.getId(), company.getVersion(), RevisionKind.EDITED, authorId, authorEmail, note,
				null, ProfileMapper.snapshotOf(company));
		return new Saved(company.getId(), company.getSlug(), Change.UPDATED);
	}

	private String freeSlug(CompanyForm form) {
		String wanted = form.getSlug();
		if (wanted != null && wanted.matches(CompanyForm.SLUG_PATTERN) && wanted.length() <= Slugs.MAX_LENGTH
				&& !this.companies.existsBySlug(wanted)) {
			return wanted;
		}
		return this.slugs.alwaysFromName(form.getName());
	}

	/**
	 * The form's fields that imports carry onto the company; the address is left as it
	 * is.
	 */
	private void apply(CompanyForm form, Company company, Collection<Sector> sectors) {
		company.setName(form.getName());
		company.setTagline(form.getTagline());
		company.setFoundedDate(form.getFoundedDate());
		company.setSizeBand(form.getSizeBand());
		company.setHeadquarters(form.getHeadquarters());
		company.setWebsite(form.getWebsite());
		company.setEmail(form.getEmail());
		company.setPhone(form.getPhone());
		company.setSocialLinks(form.socialLinks());
		this.mapper.describe(company, form.getDescriptionMarkdown());
		ProfileMapper.replaceSectors(company, sectors);
	}

	/** What an import did to one company. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

	/** The company's id and slug after the import, and what changed. */
	public record Saved(long id, String slug, Change change) {
	}

}
