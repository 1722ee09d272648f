package com.jobboard.company.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SocialLinks;
import com.jobboard.company.SocialNetwork;

/**
 * Every field of a company profile at one moment, as a revision keeps it (stored as
 * JSON). Sectors are kept with their names so that an old revision still reads well if a
 * sector is renamed.
 */
public record ProfileSnapshot(String name, String slug, String tagline, LocalDate foundedDate, SizeBand sizeBand,
		String headquarters, String streetAddress, String postalCode, String locality, String region,
		String countryCode, String website, String email, String phone, SocialLinks socialLinks,
		List<SectorRef> sectors, String descriptionMarkdown, Long logoId, CompanyStatus status) {

	/**
	 * The fields compared one by one, in the order people read them; the description is
	 * compared by lines.
	 */
	private static final List<Field> FIELDS = fields();

	private static List<Field> fields() {
		List<Field> fields = new ArrayList<>(List.of(text("name", ProfileSnapshot::name),
				text("slug", ProfileSnapshot::slug), text("tagline", ProfileSnapshot::tagline),
				text("foundedDate", (s) -> (s.foundedDate() != null) ? s.foundedDate().toString() : null),
				new Field("companyAdmin.field.sizeBand",
						(s) -> (s.sizeBand() != null) ? "sizeBand." + s.sizeBand().name() : null, true),
				text("headquarters", ProfileSnapshot::headquarters),
				text("streetAddress", ProfileSnapshot::streetAddress), text("postalCode", ProfileSnapshot::postalCode),
				text("locality", ProfileSnapshot::locality), text("region", ProfileSnapshot::region),
				text("country", ProfileSnapshot::countryCode), text("website", ProfileSnapshot::website),
				text("email", ProfileSnapshot::email), text("phone", ProfileSnapshot::phone)));
		// One label per network, named as the network is everywhere else
		// (companyAdmin.field.x).
		for (SocialNetwork network : SocialNetwork.values()) {
			fields.add(text(network.name().toLowerCase(Locale.ROOT), (s) -> s.socialLinks().of(network)));
		}
		fields.add(text("sectors", ProfileSnapshot::sectorNames));
		fields.add(text("logo", (s) -> (s.logoId() != null) ? "/logos/" + s.logoId() : null));
		fields.add(new Field("companyAdmin.field.status",
				(s) -> (s.status() != null) ? CompanySummary.statusCode(s.status()) : null, true));
		return List.copyOf(fields);
	}

	private static Field text(String field, Function<ProfileSnapshot, String> value) {
		return new Field("companyAdmin.field." + field, value, false);
	}

	public ProfileSnapshot {
		socialLinks = (socialLinks != null) ? socialLinks : SocialLinks.NONE;
		sectors = (sectors != null) ? List.copyOf(sectors) : List.of();
		descriptionMarkdown = (descriptionMarkdown != null) ? descriptionMarkdown : "";
	}

	String sectorNames() {
		return this.sectors.isEmpty() ? null : String.join(", ", this.sectors.stream().map(SectorRef::name).toList());
	}

	/**
	 * The fields that differ from this snapshot to the later one, and the description's
	 * line diff.
	 */
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
		return new ProfileDiff(changes, descriptionChanged
				? LineDiff.between(this.descriptionMarkdown, later.descriptionMarkdown()) : List.of());
	}

	/** Only the logo differs. */
	boolean differsOnlyInLogoFrom(ProfileSnapshot other) {
		return !Objects.equals(this.logoId, other.logoId()) && withLogo(other.logoId()).equals(other);
	}

	private ProfileSnapshot withLogo(Long otherLogoId) {
		return new ProfileSnapshot(this.name, this.slug, this.tagline, this.foundedDate, this.sizeBand,
				this.headquarters, this.streetAddress, this.postalCode, this.locality, this.region, this.countryCode,
				this.website, this.email, this.phone, this.socialLinks, this.sectors, this.descriptionMarkdown,
				otherLogoId, this.status);
	}

	/** A profile with nothing in it, to compare the first revision with. */
	static ProfileSnapshot empty() {
		return new ProfileSnapshot(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				SocialLinks.NONE, List.of(), "", null, null);
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
