package com.jobboard.company.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyProfileSaved;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.admin.RevisionRecorder.Past;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.Notice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * The rules for changing company profiles: creating, editing (with optimistic locking),
 * archiving and restoring (going back to an earlier revision is
 * {@link RevisionRestorer}'s). Every change that saves something records a revision of
 * the whole profile ({@link RevisionRecorder}). Answers are {@link FormOutcome}s that
 * name what to say by message code.
 */
@Service
public class CompanyEditor {

	private final CompanyRepository companies;

	private final LogoStore logos;

	private final LogoUploads logoUploads;

	private final ProfileMapper mapper;

	private final CompanySlugs slugs;

	private final ProfileConflicts conflicts;

	private final RevisionRecorder recorder;

	private final TransactionTemplate transaction;

	private final ActionLimits limits;

	private final ApplicationEventPublisher events;

	CompanyEditor(CompanyRepository companies, LogoStore logos, LogoUploads logoUploads, ProfileMapper mapper,
			CompanySlugs slugs, ProfileConflicts conflicts, RevisionRecorder recorder, TransactionTemplate transaction,
			ActionLimits limits, ApplicationEventPublisher events) {
		this.companies = companies;
		this.logos = logos;
		this.logoUploads = logoUploads;
		this.mapper = mapper;
		this.slugs = slugs;
		this.conflicts = conflicts;
		this.recorder = recorder;
		this.transaction = transaction;
		this.limits = limits;
		this.events = events;
	}

	/**
	 * Creates a company from the form (an admin's), or gives the form back with what is
	 * wrong.
	 */
	public FormOutcome<CompanySummary> create(CompanyForm form, Errors errors, SignedInUser author) {
		Optional<LogoUploads.CheckedLogo> logo = this.logoUploads.check(form.getLogo(), errors);
		if (form.getStatus() == CompanyStatus.ARCHIVED) {
			errors.rejectValue("status", "companyAdmin.error.newStatus");
		}
		try {
			return this.transaction.execute((tx) -> {
				List<Sector> chosen = this.mapper.chosenSectors(form, errors);
				String slug = (form.getSlug() != null) ? form.getSlug() : this.slugs.fromName(form.getName(), errors);
				if (form.getSlug() != null) {
					this.slugs.checkFree(slug, null, errors);
				}
				if (errors.hasErrors()) {
					tx.setRollbackOnly();
					return FormOutcome.<CompanySummary>invalid(null);
				}
				Company company = new Company(slug, form.getName());
				company.setStatus((form.getStatus() != null) ? form.getStatus() : CompanyStatus.ACTIVE);
				this.mapper.write(form, company, chosen);
				logo.ifPresent(
						(checked) -> company.setLogoId(this.logos.store(checked.contentType(), checked.bytes())));
				this.recorder.created(company, author, null);
				return FormOutcome.saved(CompanySummary.of(company), Notice.of(
						company.isPublic() ? "companyAdmin.saved.createdPublic" : "companyAdmin.saved.createdHidden",
						company.getName()));
			});
		}
		catch (DataIntegrityViolationException ex) {
			return slugClash(ex, errors, null);
		}
	}

	/**
	 * Creates the company of an employer who signs up on their own: pending (not public
	 * until an admin approves it), with its name and maybe its website, and a slug made
	 * from the name that the employer can change later. The registrant's account is made
	 * in the same transaction from the new company's id, and the first revision names
	 * them as its author.
	 * @param registrant makes the account of the employer from the company's id
	 * @return the new company's id
	 */
	public long createPending(String name, String website, LongFunction<SignedInUser> registrant) {
		return this.transaction.execute((tx) -> {
			Company company = new Company(this.slugs.alwaysFromName(name), name);
			company.setStatus(CompanyStatus.PENDING);
			company.setWebsite(website);
			this.companies.saveAndFlush(company);
			SignedInUser author = registrant.apply(company.getId());
			this.recorder.created(company, author, "Signed up through the employer sign-up form");
			return company.getId();
		});
	}

	/**
	 * Saves the form over the company, unless someone else saved it since the form was
	 * filled in (then the form comes back with what they changed), the form has errors,
	 * or the person saved too often this hour.
	 */
	public FormOutcome<CompanySummary> update(long id, CompanyForm form, Errors errors, SignedInUser author) {
		Optional<LogoUploads.CheckedLogo> logo = this.logoUploads.check(form.getLogo(), errors);
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				if (form.getSlug() == null && !errors.hasFieldErrors("slug")) {
					errors.rejectValue("slug", "companyAdmin.error.slugRequired");
				}
				List<Sector> chosen = this.mapper.chosenSectors(form, errors);
				this.slugs.checkFree(form.getSlug(), company.getId(), errors);
				Optional<ProfileConflict> conflict = this.conflicts.of(company, form, chosen);
				if (errors.hasErrors() || conflict.isPresent()) {
					tx.setRollbackOnly();
					return rejected(company, form, conflict);
				}
				ProfileSnapshot before = ProfileMapper.snapshotOf(company);
				Past past = Past.of(company);
				CompanySummary stored = CompanySummary.of(company);
				this.mapper.write(form, company, chosen);
				logo.ifPresent(
						(checked) -> company.setLogoId(this.logos.store(checked.contentType(), checked.bytes())));
				if (logo.isEmpty() && form.isRemoveLogo()) {
					company.setLogoId(null);
				}
				ProfileSnapshot after = ProfileMapper.snapshotOf(company);
				if (after.equals(before)) {
					tx.setRollbackOnly();
					return FormOutcome.saved(stored, Notice.of("companyAdmin.saved.unchanged"));
				}
				// Counted in this transaction: only a save that goes through uses up one
				// of the hour's saves.
				ActionLimits.Decision allowed = this.limits.tryTake(author, LimitedAction.PROFILE_EDIT);
				if (!allowed.allowed()) {
					tx.setRollbackOnly();
					ActionLimits.reject(errors, allowed);
					return FormOutcome.limited(stored, allowed.retryAfter().toSeconds());
				}
				RevisionKind kind = after.differsOnlyInLogoFrom(before) ? RevisionKind.LOGO_CHANGED
						: RevisionKind.EDITED;
				this.recorder.changed(company, past, before, after, kind, author, null);
				this.events.publishEvent(new CompanyProfileSaved(id, author.id(), author.email()));
				return FormOutcome.saved(CompanySummary.of(company),
						before.slug().equals(after.slug()) ? Notice.of("companyAdmin.saved")
								: Notice.of("companyAdmin.saved.slugChanged", "/companies/" + before.slug()));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our check and our write: the same answer as a stale
			// version.
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				Optional<ProfileConflict> conflict = this.conflicts.of(company, form,
						this.mapper.chosenSectors(form, errors));
				return rejected(company, form, Optional.of(conflict.orElseGet(ProfileConflict::unknown)));
			});
		}
		catch (DataIntegrityViolationException ex) {
			return slugClash(ex, errors, id);
		}
	}

	/** Archives a company: hidden from the public, kept with everything it has. */
	public FormOutcome<CompanySummary> archive(long id, SignedInUser author) {
		return changeStatus(id, CompanyStatus.ARCHIVED, author);
	}

	/** Makes an archived or pending company public. */
	public FormOutcome<CompanySummary> activate(long id, SignedInUser author) {
		return changeStatus(id, CompanyStatus.ACTIVE, author);
	}

	private FormOutcome<CompanySummary> changeStatus(long id, CompanyStatus target, SignedInUser author) {
		try {
			return this.transaction.execute((tx) -> {
				Company company = load(id);
				CompanyStatus from = company.getStatus();
				if (from == target) {
					return FormOutcome.conflict(CompanySummary.of(company), null,
							Notice.of("companyAdmin.status.already." + target.name(), company.getName()));
				}
				ProfileSnapshot before = ProfileMapper.snapshotOf(company);
				Past past = Past.of(company);
				company.setStatus(target);
				RevisionKind kind = (target == CompanyStatus.ARCHIVED) ? RevisionKind.ARCHIVED
						: (from == CompanyStatus.PENDING) ? RevisionKind.PUBLISHED : RevisionKind.RESTORED;
				this.recorder.changed(company, past, before, ProfileMapper.snapshotOf(company), kind, author, null);
				return FormOutcome.saved(CompanySummary.of(company), Notice.of(switch (kind) {
					case ARCHIVED -> "companyAdmin.status.archived";
					case PUBLISHED -> "companyAdmin.status.published";
					default -> "companyAdmin.status.restored";
				}, company.getName()));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			return FormOutcome.conflict(null, null, Notice.of("companyAdmin.status.concurrent"));
		}
	}

	private static FormOutcome<CompanySummary> rejected(Company company, CompanyForm form,
			Optional<ProfileConflict> conflict) {
		if (conflict.isEmpty()) {
			return FormOutcome.invalid(CompanySummary.of(company));
		}
		// Saving again now is a deliberate choice to replace what the other person saved.
		form.setVersion(company.getVersion());
		return FormOutcome.conflict(CompanySummary.of(company), conflict.get(), null);
	}

	private FormOutcome<CompanySummary> slugClash(DataIntegrityViolationException ex, Errors errors, Long id) {
		if (!CompanySlugs.isSlugClash(ex)) {
			throw ex;
		}
		errors.rejectValue("slug", "companyAdmin.error.slugTakenJustNow");
		CompanySummary company = (id != null) ? this.transaction.execute((tx) -> CompanySummary.of(load(id))) : null;
		return FormOutcome.invalid(company);
	}

	private Company load(long id) {
		return this.companies.findWithSectorsById(id).orElseThrow(() -> new NotFoundException("No company " + id));
	}

}
