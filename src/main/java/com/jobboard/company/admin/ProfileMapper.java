package com.jobboard.company.admin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.markdown.MarkdownRenderer;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The one mapping between the company form, the entity and the snapshot a revision keeps.
 * The snapshot is the common shape: each of the form and the entity is read into one, and
 * written from one, in one place each.
 */
@Component
class ProfileMapper {

	private final MarkdownRenderer markdown;

	private final SectorRepository sectors;

	private final LogoStore logos;

	ProfileMapper(MarkdownRenderer markdown, SectorRepository sectors, LogoStore logos) {
		this.markdown = markdown;
		this.sectors = sectors;
		this.logos = logos;
	}

	/** The company's profile as it is now. */
	static ProfileSnapshot snapshotOf(Company company) {
		return new ProfileSnapshot(company.getName(), company.getSlug(), company.getTagline(), company.getFoundedDate(),
				company.getSizeBand(), company.getHeadquarters(), company.getStreetAddress(), company.getPostalCode(),
				company.getLocality(), company.getRegion(), company.getCountryCode(), company.getWebsite(),
				company.getEmail(), company.getPhone(), company.getSocialLinks(),
				ProfileSnapshot.SectorRef.sorted(company.getSectors()), company.getDescriptionMarkdown(),
				company.getLogoId(), company.getStatus());
	}

	/** What the form would save, for comparing with the saved profile. */
	static ProfileSnapshot snapshotOf(CompanyForm form, Collection<Sector> chosenSectors, Long logoId,
			CompanyStatus status) {
		return new ProfileSnapshot(form.getName(), form.getSlug(), form.getTagline(), form.getFoundedDate(),
				form.getSizeBand(), form.getHeadquarters(), form.getStreetAddress(), form.getPostalCode(),
				form.getLocality(), form.getRegion(), form.getCountryCode(), form.getWebsite(), form.getEmail(),
				form.getPhone(), form.socialLinks(), ProfileSnapshot.SectorRef.sorted(chosenSectors),
				form.getDescriptionMarkdown(), logoId, status);
	}

	/** The edit form filled from the company as saved now. */
	static CompanyForm formOf(Company company) {
		ProfileSnapshot profile = snapshotOf(company);
		CompanyForm form = new CompanyForm();
		form.setName(profile.name());
		form.setSlug(profile.slug());
		form.setTagline(profile.tagline());
		form.setFoundedDate(profile.foundedDate());
		form.setSizeBand(profile.sizeBand());
		form.setHeadquarters(profile.headquarters());
		form.setAddress(company.address());
		form.setWebsite(profile.website());
		form.setEmail(profile.email());
		form.setPhone(profile.phone());
		form.setSocialLinks(profile.socialLinks());
		form.setSectorIds(company.getSectors().stream().map(Sector::getId).collect(Collectors.toList()));
		form.setDescriptionMarkdown(profile.descriptionMarkdown());
		form.setVersion(company.getVersion());
		form.setStatus(profile.status());
		return form;
	}

	/**
	 * Writes the form onto the company: every field but the status and the logo, the slug
	 * only when the form has one.
	 */
	void write(CompanyForm form, Company company, List<Sector> chosen) {
		writeProfile(snapshotOf(form, chosen, null, null), company, chosen);
		if (form.getSlug() != null) {
			company.setSlug(form.getSlug());
		}
	}

	/**
	 * Makes the company what the snapshot says, but for its status and slug: sectors
	 * removed since are left out; logos are never deleted, but that is checked all the
	 * same.
	 */
	void restore(ProfileSnapshot old, Company company) {
		Set<Long> ids = old.sectors().stream().map(ProfileSnapshot.SectorRef::id).collect(Collectors.toSet());
		writeProfile(old, company, this.sectors.findAllById(ids));
		company.setLogoId((old.logoId() != null && this.logos.exists(old.logoId())) ? old.logoId() : null);
	}

	/** The sectors the form chose that exist; an error on the field if some do not. */
	List<Sector> chosenSectors(CompanyForm form, Errors errors) {
		Set<Long> ids = form.getSectorIds()
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Sector> found = this.sectors.findAllById(ids);
		if (found.size() != ids.size() && !errors.hasFieldErrors("sectorIds")) {
			errors.rejectValue("sectorIds", "companyAdmin.error.sectorUnknown");
		}
		return found;
	}

	private void writeProfile(ProfileSnapshot profile, Company company, Collection<Sector> chosen) {
		company.setName(profile.name());
		company.setTagline(profile.tagline());
		company.setFoundedDate(profile.foundedDate());
		company.setSizeBand(profile.sizeBand());
		company.setHeadquarters(profile.headquarters());
		company.setStreetAddress(profile.streetAddress());
		company.setPostalCode(profile.postalCode());
		company.setLocality(profile.locality());
		company.setRegion(profile.region());
		company.setCountryCode(profile.countryCode());
		company.setWebsite(profile.website());
		company.setEmail(profile.email());
		company.setPhone(profile.phone());
		company.setSocialLinks(profile.socialLinks());
		describe(company, profile.descriptionMarkdown());
		replaceSectors(company, chosen);
	}

	/**
	 * Renders the description only when it changed, so an unchanged profile stays
	 * untouched.
	 */
	void describe(Company company, String descriptionMarkdown) {
		String text = (descriptionMarkdown != null) ? descriptionMarkdown : "";
		if (company.getId() == null || !text.equals(company.getDescriptionMarkdown())) {
			company.describe(text, this.markdown.toSafeHtml(text));
		}
	}

	/**
	 * Replaces the sectors only when they differ, so an unchanged profile stays
	 * untouched.
	 */
	static void replaceSectors(Company company, Collection<Sector> chosen) {
		Set<Long> current = company.getSectors().stream().map(Sector::getId).collect(Collectors.toSet());
		Set<Long> wanted = chosen.stream().map(Sector::getId).collect(Collectors.toSet());
		if (!current.equals(wanted)) {
			company.getSectors().clear();
			company.getSectors().addAll(chosen);
		}
	}

}
