package com.jobboard.company;

import java.util.List;
import java.util.Map;

import com.jobboard.web.CappedPage;
import com.jobboard.web.SearchTerms;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists public companies: the directory with its search, and the home page's latest. */
@Service
@Transactional(readOnly = true)
public class CompanyDirectory {

	static final int PAGE_SIZE = 20;

	private final CompanyRepository companies;

	private final SectorRepository sectors;

	private final CompanyJobs jobs;

	CompanyDirectory(CompanyRepository companies, SectorRepository sectors, CompanyJobs jobs) {
		this.companies = companies;
		this.sectors = sectors;
		this.jobs = jobs;
	}

	/**
	 * One page of public companies, alphabetically, at most
	 * {@link CappedPage#MAX_RESULTS} deep.
	 * @param query part of the name, any case; blank for all
	 * @param sectorSlug a sector's slug; blank for all
	 * @param page zero-based page number
	 */
	public Page<DirectoryEntry> search(String query, String sectorSlug, int page) {
		return search(query, sectorSlug, page, PAGE_SIZE);
	}

	/**
	 * The same search with a page size of the caller's choosing (the JSON API's
	 * {@code size}).
	 */
	public Page<DirectoryEntry> search(String query, String sectorSlug, int page, int size) {
		String namePattern = SearchTerms.containsPattern(query);
		String sector = SearchTerms.normalize(sectorSlug);
		CappedPage<Company> found = CappedPage.of(PageRequest.of(Math.max(page, 0), size),
				(pageable) -> this.companies.searchPublic(namePattern, sector, pageable),
				(limit) -> this.companies.countPublic(namePattern, sector, limit));
		Map<Long, Long> openJobs = this.jobs.openJobCounts(found.map(Company::getId).toList());
		return found.map((company) -> toEntry(company, openJobs));
	}

	/** The public companies most recently updated, newest first. */
	public List<DirectoryEntry> recentlyUpdated() {
		List<Company> recent = this.companies.findTop8ByStatusOrderByUpdatedAtDesc(CompanyStatus.ACTIVE);
		Map<Long, Long> openJobs = this.jobs.openJobCounts(recent.stream().map(Company::getId).toList());
		return recent.stream().map((company) -> toEntry(company, openJobs)).toList();
	}

	public List<Sector> allSectors() {
		return this.sectors.findAllByOrderByNameAsc();
	}

	private static DirectoryEntry toEntry(Company company, Map<Long, Long> openJobs) {
		List<String> sectorNames = company.getSectors().stream().map(Sector::getName).toList();
		return new DirectoryEntry(company.getId(), company.getSlug(), company.getName(), company.getTagline(),
				company.getLogoId(), sectorNames, openJobs.getOrDefault(company.getId(), 0L));
	}

}
