package com.jobboard.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.jobboard.address.Countries;
import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.security.CurrentUser;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.Slugs;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Creates and edits jobs for the people allowed to: admins, and the members of the job's
 * company's team (checked by the controller with {@code @companyAccess}). Holds the rules of the job form (which fields go together, what publishing needs,
 * which status changes are possible) so that the controller only binds and shows.
 *
 * <p>
 * Every save goes through the entity, so {@code updated_at} moves and every profile page that
 * lists the company's jobs notices the change on its next view.
 */
@Service
class JobEditor {

	/** An expiry date is the last day a job is open: it closes at the end of that day, UTC. */
	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);


	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private static final int EARLIEST_YEAR = 2000;

	private static final int LATEST_YEAR = 9999;

	private final JobRepository jobs;

	private final CompanyRepository companies;

	private final CurrentUser currentUser;

	private final MarkdownRenderer markdown;

	private final SpringValidatorAdapter validator;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	private final ActionLimits limits;

	private final EmployerAccounts employerAccounts;

	private final ApplicationEventPublisher events;

	JobEditor(JobRepository jobs, CompanyRepository companies, CurrentUser currentUser, MarkdownRenderer markdown,
			Validator validator, Clock clock, PlatformTransactionManager transactionManager, ActionLimits limits,
			EmployerAccounts employerAccounts, ApplicationEventPublisher events) {
		this.events = events;
		this.limits = limits;
		this.employerAccounts = employerAccounts;
		this.jobs = jobs;
		this.companies = companies;
		this.currentUser = currentUser;
		this.markdown = markdown;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/** The page for a new job of the company; 404 if it does not exist. */
	JobEditorPage newJobPage(long companyId) {
		return this.readOnly.execute((tx) -> {
			Company company = this.companies.findById(companyId)
				.orElseThrow(() -> new NotFoundException("No company " + companyId));
			return JobEditorPage.forNewJob(company.getId(), company.getName());
		});
	}

	/** The page around the form of an existing job; 404 if there is none. */
	JobEditorPage editPage(long jobId) {
		return this.readOnly.execute((tx) -> {
			Job job = editableJob(jobId);
			return JobEditorPage.of(job, now());
		});
	}

	/** An existing job's page and its form filled with the job's current values, read together. */
	Editing open(long jobId) {
		return this.readOnly.execute((tx) -> {
			Job job = editableJob(jobId);
			return new Editing(JobEditorPage.of(job, now()), JobForm.of(job, expiryDateOf(job)));
		});
	}

	/**
	 * The description rendered exactly as the job's page will show it; saves nothing.
	 * @return the safe HTML, or {@code null} (with an error on the field) when it is too long
	 */
	String preview(JobForm form, BindingResult errors) {
		String description = form.getDescription();
		if (description.length() > JobForm.DESCRIPTION_MAX) {
			if (!errors.hasFieldErrors("description")) {
				errors.rejectValue("description", "form.error.maxLength.100000");
			}
			return null;
		}
		return this.markdown.toSafeHtml(description);
	}

	/**
	 * Creates a job of the company from the form, as a draft or published.
	 * @return the new job, or empty when the form has errors (they are added to {@code errors})
	 */
	Optional<Saved> create(long companyId, JobForm form, JobAction action, BindingResult errors) {
		SignedInUser user = this.currentUser.require();
		return this.transactions.execute((tx) -> {
			Company company = this.companies.findById(companyId)
				.orElseThrow(() -> new NotFoundException("No company " + companyId));
			Instant now = now();
			check(form, action, null, JobStatus.DRAFT, errors);
			checkApproval(user, action, errors);
			if (errors.hasErrors() || !withinLimit(user, errors)) {
				return Optional.empty();
			}
			Job job = new Job(company, form.getTitle(), slugOf(form.getTitle()), form.getEmploymentType());
			copy(form, action, job);
			apply(action, job, now);
			job = this.jobs.saveAndFlush(job);
			announce(job, (action == JobAction.PUBLISH) ? JobChanged.Change.PUBLISHED : JobChanged.Change.CREATED, user);
			return Optional.of(new Saved(job.getId(), doneMessage(action, job)));
		});
	}

	/**
	 * Saves the form onto the job and carries out the action, unless someone else saved the job
	 * since the form was filled.
	 * @return the job, or empty when the form has errors (they are added to {@code errors})
	 */
	Optional<Saved> update(long jobId, JobForm form, JobAction action, BindingResult errors) {
		try {
			return this.transactions.execute((tx) -> {
				Job job = editableJob(jobId);
				Instant now = now();
				if (form.getVersion() == null || form.getVersion() != job.getVersion()) {
					stale(form, job.getVersion(), errors);
					return Optional.<Saved>empty();
				}
				check(form, action, expiryDateOf(job), job.effectiveStatusAt(now), errors);
				SignedInUser user = this.currentUser.require();
				checkApproval(user, action, errors);
				if (errors.hasErrors() || (action.putsOnBoard() && !withinLimit(user, errors))) {
					return Optional.<Saved>empty();
				}
				copy(form, action, job);
				apply(action, job, now);
				this.jobs.saveAndFlush(job);
				announce(job, change(action), user);
				return Optional.of(new Saved(job.getId(), doneMessage(action, job)));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our read and our write: the version check in the UPDATE caught it.
			Long current = this.jobs.findById(jobId).map(Job::getVersion).orElse(null);
			stale(form, current, errors);
			return Optional.empty();
		}
	}

	/**
	 * The form's rules beyond single fields.
	 * @param storedExpiry the expiry date the job has now ({@code null} for none, or a new job)
	 * @param status the status people see now ({@code DRAFT} for a new job)
	 */
	private void check(JobForm form, JobAction action, LocalDate storedExpiry, JobStatus status,
			BindingResult errors) {
		if (!JobAction.availableFor(status).contains(action)) {
			errors.reject("jobAdmin.error.actionNotAvailable." + status.name());
		}
		checkFields(form, errors);
		LocalDate expiresOn = form.getExpiresOn();
		boolean onBoard = action.putsOnBoard() || (action == JobAction.SAVE && status == JobStatus.OPEN);
		if (onBoard) {
			if (!form.isApplyOnSite() && form.getApplyUrl() == null && form.getApplyEmail() == null) {
				rejectOnce(errors, "applyUrl", "jobAdmin.error.applyRequired");
			}
			// Reopening or publishing needs a date still to come; editing an open job must not set a past one.
			boolean dateMatters = action.putsOnBoard() || !Objects.equals(expiresOn, storedExpiry);
			if (expiresOn != null && dateMatters && expiresOn.isBefore(today())) {
				rejectOnce(errors, "expiresOn", (action == JobAction.REOPEN) ? "jobAdmin.error.expiryPastReopen"
						: "jobAdmin.error.expiryPast");
			}
		}
	}

	/** The rules of the job's fields on their own and together, whatever the job's status (imports use them too). */
	void checkFields(JobForm form, BindingResult errors) {
		validateFields(form, errors);
		if (form.getCountryCode() != null && !Countries.isKnown(form.getCountryCode())) {
			rejectOnce(errors, "countryCode", "jobAdmin.error.country");
		}
		if (form.getSalaryCurrency() != null && !CURRENCIES.contains(form.getSalaryCurrency())) {
			rejectOnce(errors, "salaryCurrency", "jobAdmin.error.currency");
		}
		if (form.getSalaryMin() != null && form.getSalaryMax() != null && !errors.hasFieldErrors("salaryMin")
				&& form.getSalaryMax().compareTo(form.getSalaryMin()) < 0) {
			rejectOnce(errors, "salaryMax", "jobAdmin.error.salaryRange");
		}
		if (form.hasSalary() || errors.hasFieldErrors("salaryMin") || errors.hasFieldErrors("salaryMax")) {
			if (form.getSalaryCurrency() == null) {
				rejectOnce(errors, "salaryCurrency", "jobAdmin.error.currencyRequired");
			}
			if (form.getSalaryPeriod() == null) {
				rejectOnce(errors, "salaryPeriod", "jobAdmin.error.periodRequired");
			}
		}
		if (form.getApplyUrl() != null && !isWebAddress(form.getApplyUrl())) {
			rejectOnce(errors, "applyUrl", "jobAdmin.error.applyUrl");
		}
		LocalDate expiresOn = form.getExpiresOn();
		if (expiresOn != null && (expiresOn.getYear() < EARLIEST_YEAR || expiresOn.getYear() > LATEST_YEAR)) {
			rejectOnce(errors, "expiresOn", "jobAdmin.error.expiryYear");
		}
	}

	/** An employer who signed up on their own prepares drafts until an admin approves the account. */
	private void checkApproval(SignedInUser user, JobAction action, BindingResult errors) {
		if (action.putsOnBoard() && !user.isAdmin() && this.employerAccounts.isAwaitingApproval(user.id())) {
			errors.reject("registration.publishAfterApproval",
					"Your account is waiting for an admin's approval. Save the job as a draft for now: "
							+ "you can publish it as soon as your account is approved.");
		}
	}

	/**
	 * Takes one of the hour's job posts (new jobs, and jobs put on the board), or adds the error
	 * that says the limit is reached. Called last, in the saving transaction, so only a post that
	 * goes through is counted.
	 */
	private boolean withinLimit(SignedInUser user, BindingResult errors) {
		ActionLimits.Decision decision = this.limits.tryTake(user, LimitedAction.JOB_POST);
		if (!decision.allowed()) {
			ActionLimits.reject(errors, decision);
		}
		return decision.allowed();
	}

	/** Bean Validation of the fields, leaving out fields that already failed to convert. */
	private void validateFields(JobForm form, BindingResult errors) {
		BindingResult fieldErrors = new BeanPropertyBindingResult(form, errors.getObjectName());
		this.validator.validate(form, fieldErrors);
		Set<String> unconverted = errors.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.collect(Collectors.toUnmodifiableSet());
		for (FieldError error : fieldErrors.getFieldErrors()) {
			if (!unconverted.contains(error.getField())) {
				errors.addError(error);
			}
		}
	}

	private static void rejectOnce(BindingResult errors, String field, String messageCode) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageCode);
		}
	}

	private static void stale(JobForm form, Long currentVersion, BindingResult errors) {
		errors.reject("jobAdmin.error.stale");
		// Saving again on purpose replaces the other person's changes.
		form.setVersion(currentVersion);
	}

	/** An absolute http(s) address with a host: no javascript:, data:, relative or protocol-relative links. */
	static boolean isWebAddress(String value) {
		if (value.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private void copy(JobForm form, JobAction action, Job job) {
		job.setTitle(form.getTitle());
		job.setSlug(slugOf(form.getTitle()));
		job.setEmploymentType(form.getEmploymentType());
		job.setLocation(form.getLocation());
		job.setCountryCode(form.getCountryCode());
		job.setStreetAddress(form.getStreetAddress());
		job.setPostalCode(form.getPostalCode());
		job.setRegion(form.getRegion());
		job.setRemote(form.isRemote());
		job.setSalary(form.getSalaryMin(), form.getSalaryMax(), form.getSalaryCurrency(), form.getSalaryPeriod());
		job.describe(form.getDescription(), this.markdown.toSafeHtml(form.getDescription()));
		job.setApplyUrl(form.getApplyUrl());
		job.setApplyEmail(form.getApplyEmail());
		job.setApplyOnSite(form.isApplyOnSite());
		// Publishing or reopening runs to the end of the chosen day. Otherwise an unchanged date keeps
		// the exact time the job has, so saving an expired job never brings it back by accident.
		if (action.putsOnBoard() || !Objects.equals(form.getExpiresOn(), expiryDateOf(job))) {
			job.setExpiresAt((form.getExpiresOn() != null)
					? form.getExpiresOn().atTime(END_OF_DAY).toInstant(ZoneOffset.UTC) : null);
		}
	}

	/** The day a job expires on, as the form shows it. */
	private static LocalDate expiryDateOf(Job job) {
		return (job.getExpiresAt() != null) ? LocalDate.ofInstant(job.getExpiresAt(), ZoneOffset.UTC) : null;
	}

	private static void apply(JobAction action, Job job, Instant now) {
		switch (action) {
			case SAVE -> {
				// Keeps the status: a new job is a draft.
			}
			case PUBLISH, REOPEN -> job.open(now);
			case FILL -> job.fill();
		}
	}

	/** The message code of what to tell the person after the action. */
	private static String doneMessage(JobAction action, Job job) {
		return switch (action) {
			case SAVE -> (job.getStatus() == JobStatus.DRAFT) ? "jobAdmin.done.draftSaved" : "jobAdmin.done.saved";
			case PUBLISH -> "jobAdmin.done.published";
			case FILL -> "jobAdmin.done.filled";
			case REOPEN -> "jobAdmin.done.reopened";
		};
	}

	/** A slug for the job's address; a title without letters or digits still gets one. */
	static String slugOf(String title) {
		String slug = Slugs.slugify(title);
		return slug.isEmpty() ? "job" : slug;
	}

	/** The job with its company; 404 if there is none. */
	private Job editableJob(long jobId) {
		return this.jobs.findWithCompanyById(jobId).orElseThrow(() -> new NotFoundException("No job " + jobId));
	}

	/** Tells the company's activity log (and whoever else listens), in the saving transaction. */
	private void announce(Job job, JobChanged.Change change, SignedInUser user) {
		this.events.publishEvent(new JobChanged(job.getCompany().getId(), job.getId(), job.getTitle(), change,
				user.id(), user.email()));
	}

	private static JobChanged.Change change(JobAction action) {
		return switch (action) {
			case SAVE -> JobChanged.Change.SAVED;
			case PUBLISH -> JobChanged.Change.PUBLISHED;
			case FILL -> JobChanged.Change.FILLED;
			case REOPEN -> JobChanged.Change.REOPENED;
		};
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	/** The page around a job's form, and the form. */
	record Editing(JobEditorPage page, JobForm form) {
	}

	/** A saved job, and what to tell the person who saved it. */
	/** A saved job and the message code of what to tell the person. */
	record Saved(long jobId, String messageCode) {
	}

}
