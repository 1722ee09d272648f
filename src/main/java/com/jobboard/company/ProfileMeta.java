package com.jobboard.company;

import java.math.BigDecimal;
import java.util.List;

import com.jobboard.address.Address;
import com.jobboard.structureddata.JsonLd;
import com.jobboard.structureddata.Organization;
import com.jobboard.structureddata.PostalAddress;
import com.jobboard.structureddata.QuantitativeValue;
import com.jobboard.web.PageMeta;
import com.jobboard.web.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * A profile page's head meta: its canonical address, the logo for link previews, and the
 * company's {@code Organization} JSON-LD. Rendered into the cached page (see
 * {@link RenderedProfiles}), so it changes with every edit of the profile.
 */
@Component
class ProfileMeta {

	private final SiteUrls siteUrls;

	ProfileMeta(SiteUrls siteUrls) {
		this.siteUrls = siteUrls;
	}

	PageMeta of(CompanyProfile profile) {
		String logo = (profile.logoPath() != null) ? this.siteUrls.absolute(profile.logoPath()) : null;
		return new PageMeta(this.siteUrls.absolute(profile.path()), "website", logo,
				JsonLd.toScriptContent(organization(profile)));
	}

	/**
	 * The company as schema.org describes organizations, with every property that is set.
	 */
	Organization organization(CompanyProfile profile) {
		String url = isSet(profile.website()) ? profile.website() : this.siteUrls.absolute(profile.path());
		String logo = (profile.logoPath() != null) ? this.siteUrls.absolute(profile.logoPath()) : null;
		List<String> sameAs = profile.socialLinks().stream().map(SocialLink::url).toList();
		PostalAddress address = address(profile);
		QuantitativeValue employees = (profile.sizeBand() != null) ? employees(profile.sizeBand()) : null;
		return new Organization("https://schema.org", profile.name(), url, logo, sameAs,
				isSet(profile.excerpt()) ? profile.excerpt() : null, profile.foundedDate(), address, employees,
				isSet(profile.email()) ? profile.email() : null, isSet(profile.phone()) ? profile.phone() : null);
	}

	/** The postal address when one is given; else the headquarters line as the place. */
	private static PostalAddress address(CompanyProfile profile) {
		Address address = profile.address();
		if (!address.isEmpty()) {
			return PostalAddress.of(address);
		}
		return isSet(profile.headquarters()) ? new PostalAddress(null, null, profile.headquarters(), null, null) : null;
	}

	private static QuantitativeValue employees(SizeBand band) {
		BigDecimal max = (band.maxEmployees() != null) ? BigDecimal.valueOf(band.maxEmployees()) : null;
		return QuantitativeValue.between(BigDecimal.valueOf(band.minEmployees()), max, null);
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}
