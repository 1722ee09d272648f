package com.jobboard.company.admin;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyProfileSaved;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SlugHistory;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.Messages;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.SearchTerms;
import com.jobboard.web.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * The rules for changing company profiles: creating, editing (with optimistic locking and the
 * slug's history), logos, archiving and restoring, and going back to an earlier revision. Every
 * change that saves something records a revision of the whole profile.
 */
@Service
public class CompanyEditor {

	static final int PAGE_SIZE = 20;

	/** How many numbered variants of a slug made from a name are tried before asking for one. */
	private static final int SLUG_ATTEMPTS = 50;

	private final CompanyRepository companies;

	private final SectorRepository sectors;

	private final LogoStore logos;

	private final LogoUploads logoUploads;

	private final MarkdownRenderer markdown;

	private final SlugHistory slugHistory;

	private final CompanyRevisions revisions;

	private final TransactionTemplate transaction;

	private final Messages messages;

	private final ActionLimits limits;

	private final ApplicationEventPublisher events;

	CompanyEditor(CompanyRepository companies, SectorRepository sectors, LogoStore logos, LogoUploads logoUploads,
			MarkdownRenderer markdown, SlugHistory slugHistory, CompanyRevisions revisions,
			TransactionTemplate transaction, Messages messages, ActionLimits limits, ApplicationEventPublisher events) {
		this.events = events;
		this.messages = messages;
		this.limits = limits;
		this.companies = companies;
		this.sectors = sectors;
		this.logos = logos;
		this.logoUploads = logoUploads;
		this.markdown = markdown;
		this.slugHistory = slugHistory;
		this.revisions = revisions;
		this.transaction = transaction;
	}

	/**
	 * One page of all companies, whatever their status, alphabetically.
	 * @param query part of the name or slug; blank for all
	 * @param status {@code active}, {@code pending} or {@code archived}; anything else for all
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
		return new Editing(CompanySummary.of(company), formOf(company));
	}

	/** The description as the public page will show it; nothing is saved. */
	@Transactional(readOnly = true)
	public Preview preview(Long id, CompanyForm form, Errors errors) {
		CompanySummary company = (id != null) ? CompanySummary.of(load(id)) : null;
		String html = errors.hasFieldErrors("descriptionMarkdown") ? null
				: this.markdown.article(this.markdown.toSafeHtml(form.getDescriptionMarkdown())).html();
		return new Preview(company, html);
	}

	/** Creates a company from the form (an admin's), or gives the form back with what is wrong. */
	public SaveResult create(CompanyForm form, Errors errors, SignedInUser author) {
		Optional<LogoUploads.CheckedLogo> logo = this.logoUploads.check(form.getLogo(), errors);
		if (form.getStatus() == CompanyStatus.ARCHIVED) {
			errors.rejectValue("status", "companyAdmin.error.newStatus");
		}
		try {
			return this.transaction.execute((tx) -> {
				List<Sector> chosen = chosenSectors(form, errors);
				String slug = (form.getSlug() != null) ? form.getSlug() : slugFromName(form.getName(), errors);
				if (form.getSlug() != null) {
					checkSlugFree(slug, null, errors);
				}
				if (errors.hasErrors()) {
					tx.setRollbackOnly();
					return new SaveResult.Rejected(null, null);
				}
				Company company = new Company(slug, form.getName());
				company.setStatus((form.getStatus() != null) ? form.getStatus() : CompanyStatus.ACTIVE);
				apply(form, company, chosen);
				logo.ifPresent((checked) -> company.setLogoId(this.logos.store(checked.contentType(), checked.bytes())));
				this.companies.saveAndFlush(company);
				this.revisions.add(company.getId(), company.getVersion(), RevisionKind.CREATED, author.id(),
						author.email(), null, null, ProfileSnapshot.of(company));
				return new SaveResult.Saved(company.getId(),
						this.messages.get(company.isPublic() ? "companyAdmin.saved.createdPublic"
								: "companyAdmin.saved.createdHidden", company.getName()));
			});
		}
		catch (DataIntegrityViolationException ex) {
			return slugClash(ex, form, errors, null);
		}
	}

	/**
	 * Creates the company of an employer who signs up on their own: pending (not public until an
	 * admin approves it), with its name and maybe its website, and a slug made from the name that
	 * the employer can change later. The registrant's account is made in the same transaction from
	 * the new company's id, and the first revision names them as its author.
	 * @param registrant makes the account of the employer from the company's id
	 * @return the new company's id
	 */
	public long createPending(String name, String website, LongFunction<SignedInUser> registrant) {
		return this.transaction.execute((tx) -> {
			String slugified = Slugs.slugify(name);
			String base = slugified.isEmpty() ? "company" : slugified;
			// Past the numbered variants, a random suffix: a sign-up never fails for want of a slug.
			String slug = freeSlug(base).orElseGet(() -> freeSlug(base.substring(0, Math.min(base.length(), 100)) + "-"
					+ UUID.randomUUID().toString().substring(0, 8)).orElseThrow());
			Company company = new Company(slug, name);
			company.setStatus(CompanyStatus.PENDING);
			company.setWebsite(website);
			this.companies.saveAndFlush(company);
			SignedInUser author = registrant.apply(company.getId());
			this.revisions.add(company.getId(), company.getVersion(), RevisionKind.CREATED, author.id(), author.email(),
					"Signed up through the employer sign-up form", null, ProfileSnapshot.of(company));
			return company.getId();
		});
	}

	/**
	 * Saves the form over the company, unless someone else saved it since the form was filled in
	 * (then the form comes back with what they changed), or the form has errors.
	 */
	public SaveResult update(long id, CompanyForm form, Errors errors, SignedInUser author) {
		Optional<LogoUploads.CheckedLogo> logo = this.logoUploads.check(form.getLogo(), errors);
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				if (form.getSlug() == null && !errors.hasFieldErrors("slug")) {
					errors.rejectValue("slug", "companyAdmin.error.slugRequired");
				}
				List<Sector> chosen = chosenSectors(form, errors);
				checkSlugFree(form.getSlug(), company.getId(), errors);
				SaveResult.Conflict conflict = conflict(company, form, chosen);
				if (errors.hasErrors() || conflict != null) {
					tx.setRollbackOnly();
					return rejected(company, form, conflict);
				}
				ProfileSnapshot before = ProfileSnapshot.of(company);
				Past past = Past.of(company);
				CompanySummary stored = CompanySummary.of(company);
				apply(form, company, chosen);
				logo.ifPresent((checked) -> company.setLogoId(this.logos.store(checked.contentType(), checked.bytes())));
				if (logo.isEmpty() && form.isRemoveLogo()) {
					company.setLogoId(null);
				}
				ProfileSnapshot after = ProfileSnapshot.of(company);
				if (after.equals(before)) {
					tx.setRollbackOnly();
					return new SaveResult.Saved(id, this.messages.get("companyAdmin.saved.unchanged"));
				}
				// Counted in this transaction: only a save that goes through uses up one of the hour's saves.
				ActionLimits.Decision allowed = this.limits.tryTake(author, LimitedAction.PROFILE_EDIT);
				if (!allowed.allowed()) {
					tx.setRollbackOnly();
					ActionLimits.reject(errors, allowed);
					return new SaveResult.Limited(stored, allowed);
				}
				RevisionKind kind = after.differsOnlyInLogoFrom(before) ? RevisionKind.LOGO_CHANGED : RevisionKind.EDITED;
				save(company, past, before, after, kind, author, null);
				this.events.publishEvent(new CompanyProfileSaved(id, author.id(), author.email()));
				return new SaveResult.Saved(id, before.slug().equals(after.slug()) ? this.messages.get("companyAdmin.saved")
						: this.messages.get("companyAdmin.saved.slugChanged", "/companies/" + before.slug()));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our check and our write: the same answer as a stale version.
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				SaveResult.Conflict conflict = conflict(company, form, chosenSectors(form, errors));
				return rejected(company, form, (conflict != null) ? conflict
						: new SaveResult.Conflict(new ProfileDiff(List.of(), List.of()), false));
			});
		}
		catch (DataIntegrityViolationException ex) {
			return slugClash(ex, form, errors, id);
		}
	}

	/** Archives a company: hidden from the public, kept with everything it has. */
	public Outcome archive(long id, SignedInUser author) {
		return changeStatus(id, CompanyStatus.ARCHIVED, author);
	}

	/** Makes an archived or pending company public. */
	public Outcome activate(long id, SignedInUser author) {
		return changeStatus(id, CompanyStatus.ACTIVE, author);
	}

	private Outcome changeStatus(long id, CompanyStatus target, SignedInUser author) {
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				CompanyStatus from = company.getStatus();
				if (from == target) {
					return new Outcome(false, this.messages.get("companyAdmin.status.already." + target.name(),
							company.getName()));
				}
				ProfileSnapshot before = ProfileSnapshot.of(company);
				Past past = Past.of(company);
				company.setStatus(target);
				RevisionKind kind = (target == CompanyStatus.ARCHIVED) ? RevisionKind.ARCHIVED
						: (from == CompanyStatus.PENDING) ? RevisionKind.PUBLISHED : RevisionKind.RESTORED;
				save(company, past, before, ProfileSnapshot.of(company), kind, author, null);
				return new Outcome(true, this.messages.get(switch (kind) {
					case ARCHIVED -> "companyAdmin.status.archived";
					case PUBLISHED -> "companyAdmin.status.published";
					default -> "companyAdmin.status.restored";
				}, company.getName()));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			return new Outcome(false, this.messages.get("companyAdmin.status.concurrent"));
		}
	}

	/**
	 * Makes the profile what it was in an earlier revision (all fields but the status), as a new revision.
	 * @param version the company's version the person saw when choosing the revision
	 */
	public Outcome restoreRevision(long id, long revisionId, Long version, SignedInUser author) {
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				Revision revision = this.revisions.find(id, revisionId)
					.orElseThrow(() -> new NotFoundException("No revision " + revisionId + " of company " + id));
				if (version == null || version != company.getVersion()) {
					return new Outcome(false, this.messages.get("companyAdmin.restore.stale"));
				}
				ProfileSnapshot before = ProfileSnapshot.of(company);
				Past past = Past.of(company);
				ProfileSnapshot old = revision.snapshot();
				// Stored with the revision, in one language for all readers (Revision.restoredRevisionId() reads it).
				String note = Revision.restoredNote(revisionId);
				String slugNote = "";
				if (!Objects.equals(old.slug(), company.getSlug())) {
					boolean taken = this.companies.findBySlug(old.slug())
						.filter((other) -> !other.getId().equals(company.getId()))
						.isPresent();
					if (taken) {
						slugNote = " " + this.messages.get("companyAdmin.restore.slugKept", company.getSlug(), old.slug());
					}
					else {
						company.setSlug(old.slug());
					}
				}
				restoreFields(old, company);
				ProfileSnapshot after = ProfileSnapshot.of(company);
				if (after.equals(before)) {
					tx.setRollbackOnly();
					return new Outcome(false, this.messages.get("companyAdmin.restore.unchanged", revisionId));
				}
				save(company, past, before, after, RevisionKind.REVERTED, author, note);
				return new Outcome(true, this.messages.get("companyAdmin.restore.done", revisionId) + slugNote);
			});
		}
		catch (OptimisticLockingFailureException ex) {
			return new Outcome(false, this.messages.get("companyAdmin.restore.concurrent"));
		}
	}

	private void restoreFields(ProfileSnapshot old, Company company) {
		company.setName(old.name());
		company.setTagline(old.tagline());
		company.setFoundedDate(old.foundedDate());
		company.setSizeBand(old.sizeBand());
		company.setHeadquarters(old.headquarters());
		company.setStreetAddress(old.streetAddress());
		company.setPostalCode(old.postalCode());
		company.setLocality(old.locality());
		company.setRegion(old.region());
		company.setCountryCode(old.countryCode());
		company.setWebsite(old.website());
		company.setEmail(old.email());
		company.setPhone(old.phone());
		company.setLinkedinUrl(old.linkedinUrl());
		company.setXUrl(old.twitterUrl());
		company.setFacebookUrl(old.facebookUrl());
		company.setInstagramUrl(old.instagramUrl());
		company.setGithubUrl(old.githubUrl());
		company.setYoutubeUrl(old.youtubeUrl());
		describe(company, old.descriptionMarkdown());
		// Sectors removed since are left out; logos are never deleted, but check all the same.
		Set<Long> ids = old.sectors().stream().map(ProfileSnapshot.SectorRef::id).collect(Collectors.toSet());
		replaceSectors(company, this.sectors.findAllById(ids));
		company.setLogoId((old.logoId() != null && this.logos.exists(old.logoId())) ? old.logoId() : null);
	}

	/** Writes the company and records the revision; the first recorded change also keeps the state before it. */
	private void save(Company company, Past past, ProfileSnapshot before, ProfileSnapshot after, RevisionKind kind,
			SignedInUser author, String note) {
		this.companies.saveAndFlush(company);
		if (!this.revisions.existsFor(company.getId())) {
			this.revisions.add(company.getId(), past.version(), RevisionKind.BASELINE, null, null, null,
					past.updatedAt(), before);
		}
		this.revisions.add(company.getId(), company.getVersion(), kind, author.id(), author.email(), note, null, after);
		if (!before.slug().equals(after.slug())) {
			this.slugHistory.recordRename(company.getId(), before.slug(), after.slug());
		}
	}

	/**
	 * {@code null} when the form was filled from the company as saved now, or when saving it would
	 * not undo anything saved since (the other changes are in fields this form leaves as they are
	 * now); else what was saved since the form was opened.
	 */
	private SaveResult.Conflict conflict(Company company, CompanyForm form, List<Sector> chosen) {
		Long version = form.getVersion();
		if (version != null && version == company.getVersion()) {
			return null;
		}
		ProfileSnapshot current = ProfileSnapshot.of(company);
		ProfileSnapshot entered = ProfileSnapshot.of(form, chosen, company.getLogoId(), company.getStatus());
		ProfileDiff overwriting = entered.diffTo(current);
		Optional<Revision> start = (version != null) ? this.revisions.findByVersion(company.getId(), version)
				: Optional.empty();
		if (start.isEmpty()) {
			return new SaveResult.Conflict(overwriting, false);
		}
		ProfileDiff theirs = start.get().snapshot().diffTo(current);
		Set<String> overwritten = theirs.fields()
			.stream()
			.map(ProfileDiff.FieldChange::labelCode)
			.filter(overwriting.fields().stream().map(ProfileDiff.FieldChange::labelCode).collect(Collectors.toSet())::contains)
			.collect(Collectors.toSet());
		boolean descriptionOverwritten = theirs.descriptionChanged() && overwriting.descriptionChanged();
		return (overwritten.isEmpty() && !descriptionOverwritten) ? null : new SaveResult.Conflict(theirs, true);
	}

	private SaveResult rejected(Company company, CompanyForm form, SaveResult.Conflict conflict) {
		if (conflict != null) {
			// Saving again now is a deliberate choice to replace what the other person saved.
			form.setVersion(company.getVersion());
		}
		return new SaveResult.Rejected(CompanySummary.of(company), conflict);
	}

	private SaveResult slugClash(DataIntegrityViolationException ex, CompanyForm form, Errors errors, Long id) {
		if (!mentions(ex, "companies_slug_key")) {
			throw ex;
		}
		errors.rejectValue("slug", "companyAdmin.error.slugTakenJustNow");
		CompanySummary company = (id != null) ? this.transaction.execute((tx) -> CompanySummary.of(load(id))) : null;
		return new SaveResult.Rejected(company, null);
	}

	private static boolean mentions(Throwable ex, String text) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(text)) {
				return true;
			}
		}
		return false;
	}

	private void apply(CompanyForm form, Company company, List<Sector> chosen) {
		company.setName(form.getName());
		if (form.getSlug() != null) {
			company.setSlug(form.getSlug());
		}
		company.setTagline(form.getTagline());
		company.setFoundedDate(form.getFoundedDate());
		company.setSizeBand(form.getSizeBand());
		company.setHeadquarters(form.getHeadquarters());
		company.setStreetAddress(form.getStreetAddress());
		company.setPostalCode(form.getPostalCode());
		company.setLocality(form.getLocality());
		company.setRegion(form.getRegion());
		company.setCountryCode(form.getCountryCode());
		company.setWebsite(form.getWebsite());
		company.setEmail(form.getEmail());
		company.setPhone(form.getPhone());
		company.setLinkedinUrl(form.getLinkedinUrl());
		company.setXUrl(form.getTwitterUrl());
		company.setFacebookUrl(form.getFacebookUrl());
		company.setInstagramUrl(form.getInstagramUrl());
		company.setGithubUrl(form.getGithubUrl());
		company.setYoutubeUrl(form.getYoutubeUrl());
		describe(company, form.getDescriptionMarkdown());
		replaceSectors(company, chosen);
	}

	/** Renders the description only when it changed, so an unchanged profile stays untouched. */
	private void describe(Company company, String descriptionMarkdown) {
		String markdown = (descriptionMarkdown != null) ? descriptionMarkdown : "";
		if (company.getId() == null || !markdown.equals(company.getDescriptionMarkdown())) {
			company.describe(markdown, this.markdown.toSafeHtml(markdown));
		}
	}

	private static void replaceSectors(Company company, Collection<Sector> chosen) {
		Set<Long> current = company.getSectors().stream().map(Sector::getId).collect(Collectors.toSet());
		Set<Long> wanted = chosen.stream().map(Sector::getId).collect(Collectors.toSet());
		if (!current.equals(wanted)) {
			company.getSectors().clear();
			company.getSectors().addAll(chosen);
		}
	}

	private List<Sector> chosenSectors(CompanyForm form, Errors errors) {
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

	private void checkSlugFree(String slug, Long companyId, Errors errors) {
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

	/** A free slug made from the name: the name's own, or with -2, -3 … added. */
	private String slugFromName(String name, Errors errors) {
		String base = Slugs.slugify(name);
		if (base.isEmpty()) {
			if (name != null && !errors.hasFieldErrors("slug")) {
				errors.rejectValue("slug", "companyAdmin.error.slugFromNameImpossible");
			}
			return null;
		}
		Optional<String> free = freeSlug(base);
		if (free.isEmpty()) {
			errors.rejectValue("slug", "companyAdmin.error.slugTooCommon", new Object[] { base }, null);
		}
		return free.orElse(null);
	}

	/** The base itself, or with -2, -3 … added, whichever is free first. */
	Optional<String> freeSlug(String base) {
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

	private Company load(long id) {
		return this.companies.findWithSectorsById(id)
			.orElseThrow(() -> new NotFoundException("No company " + id));
	}

	private static CompanyForm formOf(Company company) {
		CompanyForm form = new CompanyForm();
		form.setName(company.getName());
		form.setSlug(company.getSlug());
		form.setTagline(company.getTagline());
		form.setFoundedDate(company.getFoundedDate());
		form.setSizeBand(company.getSizeBand());
		form.setHeadquarters(company.getHeadquarters());
		form.setAddress(company.address());
		form.setWebsite(company.getWebsite());
		form.setEmail(company.getEmail());
		form.setPhone(company.getPhone());
		form.setLinkedinUrl(company.getLinkedinUrl());
		form.setTwitterUrl(company.getXUrl());
		form.setFacebookUrl(company.getFacebookUrl());
		form.setInstagramUrl(company.getInstagramUrl());
		form.setGithubUrl(company.getGithubUrl());
		form.setYoutubeUrl(company.getYoutubeUrl());
		form.setSectorIds(company.getSectors().stream().map(Sector::getId).collect(Collectors.toList()));
		form.setDescriptionMarkdown(company.getDescriptionMarkdown());
		form.setVersion(company.getVersion());
		form.setStatus(company.getStatus());
		return form;
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

	/** The company being edited ({@code null} on the create form) and the description rendered, or {@code null} when it cannot be. */
	public record Preview(CompanySummary company, String html) {
	}

	/** Whether a one-click action did something, and what to tell the person. */
	public record Outcome(boolean done, String message) {
	}

	/** The version and time of the company before a change, for the baseline revision. */
	private record Past(long version, Instant updatedAt) {

		static Past of(Company company) {
			return new Past(company.getVersion(), company.getUpdatedAt());
		}

	}

}
