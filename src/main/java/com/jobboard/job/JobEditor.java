package com.jobboard.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.limits.ActionLimits;
import com.jobboard.limits.LimitedAction;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * Creates and edits jobs and moves them between statuses. Who may is declared on the
 * controller ({@code @companyAccess}); the form comes checked by {@link JobFormValidator}
 * (bound with {@code @Valid}), and what the save needs given the job's status is
 * {@link JobPublishingRules}'s.
 *
 * <p>
 * Every save goes through the entity, so {@code updated_at} moves and every profile page
 * that lists the company's jobs notices the change on its next view.
 */
@Service
class JobEditor {

	private final JobRepository jobs;

	private final CompanyRepository companies;

	private final CurrentUser currentUser;

	private final MarkdownRenderer markdown;

	private final JobPublishingRules rules;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	private final ActionLimits limits;

	private final ApplicationEventPublisher events;

	JobEditor(JobRepository jobs, CompanyRepository companies, CurrentUser currentUser, MarkdownRenderer markdown,
			JobPublishingRules rules, Clock clock, PlatformTransactionManager transactionManager, ActionLimits limits,
			ApplicationEventPublisher events) {
		this.jobs = jobs;
		this.companies = companies;
		this.currentUser = currentUser;
		this.markdown = markdown;
		this.rules = rules;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.limits = limits;
		this.events = events;
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

	/**
	 * An existing job's page and its form filled with the job's current values, read
	 * together.
	 */
	Editing open(long jobId) {
		return this.readOnly.execute((tx) -> {
			Job job = editableJob(jobId);
			return new Editing(JobEditorPage.of(job, now()), JobForm.of(job, job.expiryDate()));
		});
	}

	/**
	 * The description rendered exactly as the job's page will show it; saves nothing.
	 * @return the safe HTML, or {@code null} (with an error on the field) when it is too
	 * long
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
	 * Creates a job of the company from the checked form, as a draft or published.
	 * @return the new job, or empty when the form has errors (they are added to
	 * {@code errors})
	 */
	Optional<Saved> create(long companyId, JobForm form, JobAction action, BindingResult errors) {
		SignedInUser user = this.currentUser.require();
		return this.transactions.execute((tx) -> {
			Company company = this.companies.findById(companyId)
				.orElseThrow(() -> new NotFoundException("No company " + companyId));
			Instant now = now();
			this.rules.check(form, action, null, JobStatus.DRAFT, user, errors);
			if (errors.hasErrors() || !withinLimit(user, errors)) {
				return Optional.empty();
			}
			Job job = new Job(company, form.getTitle(), slugOf(form.getTitle()), form.getEmploymentType());
			copy(form, action, job);
			apply(action, job, now);
			job = this.jobs.saveAndFlush(job);
			announce(job, (action == JobAction.PUBLISH) ? JobChanged.Change.PUBLISHED : JobChanged.Change.CREATED,
					user);
			return Optional.of(new Saved(job.getId(), action.doneMessageCode(job.getStatus())));
		});
	}

	/**
	 * Saves the form onto the job and carries out the action, unless someone else saved
	 * the job since the form was filled.
	 * @return the job, or empty when the form has errors (they are added to
	 * {@code errors})
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
				SignedInUser user = this.currentUser.require();
				this.rules.check(form, action, job.expiryDate(), job.effectiveStatusAt(now), user, errors);
				if (errors.hasErrors() || (action.putsOnBoard() && !withinLimit(user, errors))) {
					return Optional.<Saved>empty();
				}
				copy(form, action, job);
				apply(action, job, now);
				this.jobs.saveAndFlush(job);
				announce(job, action.change(), user);
				return Optional.of(new Saved(job.getId(), action.doneMessageCode(job.getStatus())));
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our read and our write: the version check in the
			// UPDATE caught it.
			Long current = this.jobs.findById(jobId).map(Job::getVersion).orElse(null);
			stale(form, current, errors);
			return Optional.empty();
		}
	}

	/**
	 * Takes one of the hour's job posts (new jobs, and jobs put on the board), or adds
	 * the error that says the limit is reached. Called last, in the saving transaction,
	 * so only a post that goes through is counted.
	 */
	private boolean withinLimit(SignedInUser user, BindingResult errors) {
		ActionLimits.Decision decision = this.limits.tryTake(user, LimitedAction.JOB_POST);
		if (!decision.allowed()) {
			ActionLimits.reject(errors, decision);
		}
		return decision.allowed();
	}

	private static void stale(JobForm form, Long currentVersion, BindingResult errors) {
		errors.reject("jobAdmin.error.stale");
		// Saving again on purpose replaces the other person's changes.
		form.setVersion(currentVersion);
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
		// Publishing or reopening runs to the end of the chosen day. Otherwise an
		// unchanged date keeps
		// the exact time the job has, so saving an expired job never brings it back by
		// accident.
		if (action.putsOnBoard() || !Objects.equals(form.getExpiresOn(), job.expiryDate())) {
			job.expireAtEndOf(form.getExpiresOn());
		}
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

	/** A slug for the job's address; a title without letters or digits still gets one. */
	static String slugOf(String title) {
		String slug = Slugs.slugify(title);
		return slug.isEmpty() ? "job" : slug;
	}

	/** The job with its company; 404 if there is none. */
	private Job editableJob(long jobId) {
		return this.jobs.findWithCompanyById(jobId).orElseThrow(() -> new NotFoundException("No job " + jobId));
	}

	/**
	 * Tells the company's activity log (and whoever else listens), in the saving
	 * transaction.
	 */
	private void announce(Job job, JobChanged.Change change, SignedInUser user) {
		this.events.publishEvent(
				new JobChanged(job.getCompany().getId(), job.getId(), job.getTitle(), change, user.id(), user.email()));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** The page around a job's form, and the form. */
	record Editing(JobEditorPage page, JobForm form) {
	}

	/** A saved job and the message code of what to tell the person. */
	record Saved(long jobId, String messageCode) {
	}

}
