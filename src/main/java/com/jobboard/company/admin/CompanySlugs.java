package com.jobboard.company.admin;

import java.util.Optional;
import java.util.UUID;

import com.jobboard.company.CompanyRepository;
import com.jobboard.web.Slugs;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Company slugs: made from names, checked to be free, and recognised when the database
 * refuses one that another company took at the same moment.
 */
@Component
class CompanySlugs {

	/**
	 * How many numbered variants of a slug made from a name are tried before asking for
	 * one.
	 */
	private static final int SLUG_ATTEMPTS = 50;

	/** The unique constraint on {@code companies.slug} (V1). */
	private static final String SLUG_CONSTRAINT = "companies_slug_key";

	private final CompanyRepository companies;

	CompanySlugs(CompanyRepository companies) {
		this.companies = companies;
	}

	/**
	 * A free slug made from the name, for the create form: an error on the field when
	 * there is none.
	 */
	String fromName(String name, Errors errors) {
		String base = Slugs.slugify(name);
		if (base.isEmpty()) {
			if (name != null && !errors.hasFieldErrors("slug")) {
				errors.rejectValue("slug", "companyAdmin.error.slugFromNameImpossible");
			}
			return null;
		}
		Optional<String> free = free(base);
		if (free.isEmpty()) {
			errors.rejectValue("slug", "companyAdmin.error.slugTooCommon", new Object[] { base }, null);
		}
		return free.orElse(null);
	}

	/**
	 * A free slug made from the name that never fails (sign-ups, imports): past the
	 * numbered variants, the name with a random suffix.
	 */
	String alwaysFromName(String name) {
		String slugified = Slugs.slugify(name);
		String base = slugified.isEmpty() ? "company" : slugified;
		return free(base)
			.or(() -> free(base.substring(0, Math.min(base.length(), 100)) + "-"
					+ UUID.randomUUID().toString().substring(0, 8)))
			.orElseThrow();
	}

	/** Adds an error on the field when another company has the slug. */
	void checkFree(String slug, Long companyId, Errors errors) {
		if (slug == null || errors.hasFieldErrors("slug")) {
			return;
		}
		boolean taken = this.companies.findBySlug(slug)
			.filter((other) -> companyId == null || !other.getId().equals(companyId))
			.isPresent();
		if (taken) {
			errors.rejectValue("slug", "companyAdmin.error.slugTaken", new Object[] { "/companies/" + slug }, null);
		}
	}

	/** Whether another company may have the slug, apart from the given one. */
	boolean isTakenByAnother(String slug, long companyId) {
		return this.companies.findBySlug(slug).filter((other) -> !other.getId().equals(companyId)).isPresent();
	}

	/** The base itself, or with -2, -3 … added, whichever is free first. */
	Optional<String> free(String base) {
		for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
			String suffix = (attempt == 1) ? "" : "-" + attempt;
			String stem = (base.length() + suffix.length() > Slugs.MAX_LENGTH)
					? base.substring(0, Slugs.MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : base;
			String candidate = stem + suffix;
			if (!this.companies.existsBySlug(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the database refused the write because another company took the slug in the
	 * meantime.
	 */
	static boolean isSlugClash(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& SLUG_CONSTRAINT.equals(violation.getConstraintName())) {
				return true;
			}
			// Not every driver error is translated with the constraint's name: its
			// message names it too.
			if (cause.getMessage() != null && cause.getMessage().contains(SLUG_CONSTRAINT)) {
				return true;
			}
		}
		return false;
	}

}
