package com.jobboard.company.admin;

import java.time.Instant;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyStatus;

/** A company as the admin pages name it: in lists, page headings and status controls. */
public record CompanySummary(long id, String name, String slug, CompanyStatus status, Long logoId, long version,
		Instant updatedAt) {

	static CompanySummary of(Company company) {
		return new CompanySummary(company.getId(), company.getName(), company.getSlug(), company.getStatus(),
				company.getLogoId(), company.getVersion(), company.getUpdatedAt());
	}

	/** The message code of a status's name, such as {@code companyStatus.ACTIVE}. */
	static String statusCode(CompanyStatus status) {
		return "companyStatus." + status.name();
	}

	public boolean isActive() {
		return this.status == CompanyStatus.ACTIVE;
	}

	public boolean isPending() {
		return this.status == CompanyStatus.PENDING;
	}

	public boolean isArchived() {
		return this.status == CompanyStatus.ARCHIVED;
	}

	public String publicPath() {
		return "/companies/" + this.slug;
	}

	public String editPath() {
		return "/admin/companies/" + this.id + "/edit";
	}

	public String logoPath() {
		return (this.logoId != null) ? "/logos/" + this.logoId : null;
	}

}
