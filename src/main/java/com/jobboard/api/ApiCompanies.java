package com.jobboard.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.jobboard.company.CompanyDirectory;
import com.jobboard.company.CompanyProfile;
import com.jobboard.company.CompanyProfiles;
import com.jobboard.company.DirectoryEntry;
import com.jobboard.company.PublishedJob;
import com.jobboard.company.Sector;
import com.jobboard.company.SizeBand;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/** Public companies as the API shows them: the directory, and each profile. */
@Service
class ApiCompanies {

	private final CompanyDirectory directory;

	private final CompanyProfiles profiles;

	private final ApiJobs jobs;

	private final ApiLinks links;

	ApiCompanies(CompanyDirectory directory, CompanyProfiles profiles, ApiJobs jobs, ApiLinks links) {
		this.directory = directory;
		this.profiles = profiles;
		this.jobs = jobs;
		this.links = links;
	}

	/**
	 * Public companies as the directory finds them: by part of the name and by sector,
	 * alphabetically.
	 */
	Page<CompanySummaryJson> search(String query, String sectorSlug, ApiPaging paging) {
		Page<DirectoryEntry> found = this.directory.search(query, sectorSlug, paging.index(), paging.size());
		Map<String, String> sectorSlugs = sectorSlugsByName();
		return found
			.map((company) -> new CompanySummaryJson(company.id(), company.slug(), company.name(), company.tagline(),
					sectors(company.sectors(), sectorSlugs), company.openJobs(), this.links.logo(company.logoPath()),
					this.links.absolute(company.path()), this.links.companyResource(company.slug())));
	}

	/**
	 * A public company's profile with its open jobs. Reading it is not a view of the
	 * profile: the count is only read.
	 */
	Optional<CompanyJson> find(String slug) {
		return this.profiles.open(slug).map((page) -> {
			CompanyProfile company = page.profile();
			SizeBand band = company.sizeBand();
			return new CompanyJson(company.id(), company.slug(), company.name(), company.tagline(),
					sectors(company.sectors(), sectorSlugsByName()), company.foundedDate(),
					(band != null) ? new CompanyJson.Size(band.name(), band.minEmployees(), band.maxEmployees()) : null,
					company.headquarters(), AddressJson.of(company.address()), company.website(), company.email(),
					company.phone(),
					company.socialLinks()
						.stream()
						.map((link) -> new CompanyJson.SocialLink(link.network().name(), link.url()))
						.toList(),
					this.links.absoluteLinksIn(company.descriptionHtml()), page.postedJobs(), page.views(),
					this.links.logo(company.logoPath()), this.links.absolute(company.path()),
					this.links.companyResource(company.slug()), this.links.absolute(company.path() + "/jobs.atom"),
					this.jobs.summaries(page.openJobs().stream().map(PublishedJob::id).toList()));
		});
	}

	/** The API address of the public company that used to have this slug, if any. */
	Optional<String> movedTo(String formerSlug) {
		return this.profiles.movedTo(formerSlug).map(this.links::companyResource);
	}

	private Map<String, String> sectorSlugsByName() {
		return this.directory.allSectors().stream().collect(Collectors.toMap(Sector::getName, Sector::getSlug));
	}

	private static List<SectorJson> sectors(List<String> names, Map<String, String> slugsByName) {
		return names.stream().map((name) -> new SectorJson(slugsByName.get(name), name)).toList();
	}

}
