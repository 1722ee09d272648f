package com.jobboard.company.admin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.SearchTerms;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What the company admin pages read: the list, the sectors, a company and its form, the
 * preview.
 */
@Service
public class CompanyLookup {

	static final int PAGE_SIZE = 20;

	private final CompanyRepository companies;

	private final SectorRepository sectors;

	private final MarkdownRenderer markdown;

	CompanyLookup(CompanyRepository companies, SectorRepository sectors, MarkdownRenderer markdown) {
		this.companies = companies;
		this.sectors = sectors;
		this.markdown = markdown;
	}

	/**
	 * One page of all companies, whatever their status, alphabetically.
	 * @param query part of the name or slug; blank for all
	 * @param status {@code active}, {@code pending} or {@code archived}; anything else
	 * for all
	 * @param page zero-based page number
	 */
	@Transactional(readOnly = true)
	public Page<CompanySummary> search(String query, String status, int page) {
		Collection<CompanyStatus> statuses = parseStatus(status).<Collection<CompanyStatus>>map(List::of)
			.orElse(EnumSet.allOf(CompanyStatus.class));
		return this.companies
			.searchAll(SearchTerms.containsPattern(query), statuses, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map(CompanySummary::of);
	}

	@Transactional(readOnly = true)
	public List<Sector> allSectors() {
		return this.sectors.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public CompanySummary summary(long id) {
		return CompanySummary.of(load(id));
	}

	/** The company with a form filled from it, to edit. */
	@Transactional(readOnly = true)
	public Editing open(long id) {
		Company company = load(id);
		return new Editing(CompanySummary.of(company), ProfileMapper.formOf(company));
	}

	/** The description as the public page will show it; nothing is saved. */
	@Transactional(readOnly = true)
	public Preview preview(Long id, CompanyForm form, Errors errors) {
		CompanySummary company = (id != null) ? CompanySummary.of(load(id)) : null;
		String html = errors.hasFieldErrors("descriptionMarkdown") ? null
				: this.markdown.article(this.markdown.toSafeHtml(form.getDescriptionMarkdown())).html();
		return new Preview(company, html);
	}

	private Company load(long id) {
		return this.companies.findWithSectorsById(id).orElseThrow(() -> new NotFoundException("No company " + id));
	}

	private static Optional<CompanyStatus> parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(CompanyStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The company to edit and its form. */
	public record Editing(CompanySummary company, CompanyForm form) {
	}

	/**
	 * The company being edited ({@code null} on the create form) and the description
	 * rendered, or {@code null} when it cannot be.
	 */
	public record Preview(CompanySummary company, String html) {
	}

}
