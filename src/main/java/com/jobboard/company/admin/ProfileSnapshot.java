package com.jobboard.company.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SizeBand;

/**
 * Every field of a company profile at one moment, as a revision keeps it (stored as JSON). Sectors
 * are kept with their names so that an old revision still reads well if a sector is renamed.
 */
public record ProfileSnapshot(String name, String slug, String tagline, LocalDate foundedDate, SizeBand sizeBand,
		String headquarters, String streetAddress, String postalCode, String locality, String region,
		String countryCode, String website, String email, String phone, String linkedinUrl, String twitterUrl,
		String facebookUrl, String instagramUrl, String githubUrl, String youtubeUrl, List<SectorRef> sectors,
		String descriptionMarkdown, Long logoId, CompanyStatus status) {

	/** The fields compared one by one, in the order people read them; the description is compared by lines. */
	private static final List<Field> FIELDS = List.of(text("name", ProfileSnapshot::name),
			text("slug", ProfileSnapshot::slug), text("tagline", ProfileSnapshot::tagline),
			text("foundedDate", (s) -> (s.foundedDate() != null) ? s.foundedDate().toString() : null),
			new Field("companyAdmin.field.sizeBand",
					(s) -> (s.sizeBand() != null) ? "sizeBand." + s.sizeBand().name() : null, true),
			text("headquarters", ProfileSnapshot::headquarters),
			text("streetAddress", ProfileSnapshot::streetAddress), text("postalCode", ProfileSnapshot::postalCode),
			text("locality", ProfileSnapshot::locality), text("region", ProfileSnapshot::region),
			text("country", ProfileSnapshot::countryCode), text("website", ProfileSnapshot::website),
			text("email", ProfileSnapshot::email), text("phone", ProfileSnapshot::phone),
			text("linkedin", ProfileSnapshot::linkedinUrl), text("x", ProfileSnapshot::twitterUrl),
			text("facebook", ProfileSnapshot::facebookUrl), text("instagram", ProfileSnapshot::instagramUrl),
			text("github", ProfileSnapshot::githubUrl), text("youtube", ProfileSnapshot::youtubeUrl),
			text("sectors", ProfileSnapshot::sectorNames),
			text("logo", (s) -> (s.logoId() != null) ? "/logos/" + s.logoId() : null),
			new Field("companyAdmin.field.status",
					(s) -> (s.status() != null) ? CompanySummary.statusCode(s.status()) : null, true));

	private static Field text(String field, Function<ProfileSnapshot, String> value) {
		return new Field("companyAdmin.field." + field, value, false);
	}

	public ProfileSnapshot {
		sectors = (sectors != null) ? List.copyOf(sectors) : List.of();
		descriptionMarkdown = (descriptionMarkdown != null) ? descriptionMarkdown : "";
	}

	static ProfileSnapshot of(Company company) {
		return new ProfileSnapshot(company.getName(), company.getSlug(), company.getTagline(),
				company.getFoundedDate(), company.getSizeBand(), company.getHeadquarters(), company.getStreetAddress(),
				company.getPostalCode(), company.getLocality(), company.getRegion(), company.getCountryCode(),
				company.getWebsite(),
				company.getEmail(), company.getPhone(), company.getLinkedinUrl(), company.getXUrl(),
				company.getFacebookUrl(), company.getInstagramUrl(), company.getGithubUrl(), company.getYoutubeUrl(),
				SectorRef.sorted(company.getSectors()), company.getDescriptionMarkdown(), company.getLogoId(),
				company.getStatus());
	}

	/** What the form would save, for comparing with the saved profile when the form's starting point is unknown. */
	static ProfileSnapshot of(CompanyForm form, List<Sector> chosenSectors, Long logoId, CompanyStatus status) {
		return new ProfileSnapshot(form.getName(), form.getSlug(), form.getTagline(), form.getFoundedDate(),
				form.getSizeBand(), form.getHeadquarters(), form.getStreetAddress(), form.getPostalCode(),
				form.getLocality(), form.getRegion(), form.getCountryCode(), form.getWebsite(), form.getEmail(), form.getPhone(),
				form.getLinkedinUrl(), form.getTwitterUrl(), form.getFacebookUrl(), form.getInstagramUrl(),
				form.getGithubUrl(), form.getYoutubeUrl(), SectorRef.sorted(chosenSectors),
				form.getDescriptionMarkdown(), logoId, status);
	}

	String sectorNames() {
		return this.sectors.isEmpty() ? null
				: String.join(", ", this.sectors.stream().map(SectorRef::name).toList());
	}

	/** The fields that differ from this snapshot to the later one, and the description's line diff. */
	ProfileDiff diffTo(ProfileSnapshot later) {
		List<ProfileDiff.FieldChange> changes = new ArrayList<>();
		for (Field field : FIELDS) {
			String before = field.value().apply(this);
			String after = field.value().apply(later);
			if (!Objects.equals(before, after)) {
				changes.add(new ProfileDiff.FieldChange(field.labelCode(), before, after, field.coded()));
			}
		}
		boolean descriptionChanged = !this.descriptionMarkdown.equals(later.descriptionMarkdown());
		return new ProfileDiff(changes,
				descriptionChanged ? LineDiff.between(this.descriptionMarkdown, later.descriptionMarkdown()) : List.of());
	}

	/** Only the logo differs. */
	boolean differsOnlyInLogoFrom(ProfileSnapshot other) {
		return !Objects.equals(this.logoId, other.logoId()) && withLogo(other.logoId()).equals(other);
	}

	private ProfileSnapshot withLogo(Long otherLogoId) {
		return new ProfileSnapshot(this.name, this.slug, this.tagline, this.foundedDate, this.sizeBand,
				this.headquarters, this.streetAddress, this.postalCode, this.locality, this.region, this.countryCode,
				this.website, this.email, this.phone, this.linkedinUrl, this.twitterUrl,
				this.facebookUrl, this.instagramUrl, this.githubUrl, this.youtubeUrl, this.sectors,
				this.descriptionMarkdown, otherLogoId, this.status);
	}

	/** A profile with nothing in it, to compare the first revision with. */
	static ProfileSnapshot empty() {
		return new ProfileSnapshot(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, List.of(), "", null, null);
	}

	/** A sector as it was named when the revision was saved. */
	public record SectorRef(long id, String name) {

		static List<SectorRef> sorted(Collection<Sector> sectors) {
			return sectors.stream()
				.map((sector) -> new SectorRef(sector.getId(), sector.getName()))
				.sorted(Comparator.comparing(SectorRef::name).thenComparing(SectorRef::id))
				.toList();
		}

	}

	private record Field(String labelCode, Function<ProfileSnapshot, String> value, boolean coded) {
	}

}
