package com.jobboard.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.jobboard.company.Company;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.web.Messages;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What an import may do to jobs, by the job form's own rules (its field checks, and the
 * rules of fields together such as a salary's currency and period) and with the
 * description through the sanitizer. Runs in the caller's transaction.
 */
@Service
public class JobImports {

	/**
	 * Fields that only make sense together: when one is refused, the others go with it.
	 */
	private static final Set<String> SALARY = Set.of("salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod");

	private final SpringValidatorAdapter fieldConstraints;

	private final JobFormValidator formRules;

	private final JobRepository jobs;

	private final EntityManager entityManager;

	private final MarkdownRenderer markdown;

	private final Messages messages;

	JobImports(Validator validator, JobFormValidator formRules, JobRepository jobs, EntityManager entityManager,
			MarkdownRenderer markdown, Messages messages) {
		this.fieldConstraints = new SpringValidatorAdapter(validator);
		this.formRules = formRules;
		this.jobs = jobs;
		this.entityManager = entityManager;
		this.markdown = markdown;
		this.messages = messages;
	}

	/**
	 * Empties every field that breaks the job form's rules (a salary goes as a whole) and
	 * names it; the title and employment type cannot be left out, so their problems stay.
	 */
	public List<String> dropInvalidFields(JobForm form) {
		List<String> dropped = new ArrayList<>();
		BeanWrapperImpl fields = new BeanWrapperImpl(form);
		Set<String> done = new HashSet<>();
		for (FieldError error : errorsOf(form).getFieldErrors()) {
			String field = error.getField();
			if ("title".equals(field) || "employmentType".equals(field) || "description".equals(field)
					|| !done.add(field)) {
				continue;
			}
			dropped.add(field + ": " + this.messages.get(error));
			if (SALARY.contains(field)) {
				form.setSalaryMin(null);
				form.setSalaryMax(null);
				form.setSalaryCurrency(null);
				form.setSalaryPeriod(null);
				done.addAll(SALARY);
			}
			else {
				fields.setPropertyValue(field, "remote".equals(field) ? false : null);
			}
		}
		return dropped;
	}

	/** What still makes the form impossible to import, in words. */
	public List<String> blockingProblems(JobForm form) {
		return errorsOf(form).getAllErrors().stream().map(this.messages::get).toList();
	}

	private BeanPropertyBindingResult errorsOf(JobForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "job");
		// The same checks as the job form's, in the same order: its field constraints,
		// then its rules.
		this.fieldConstraints.validate(form, errors);
		this.formRules.validate(form, errors);
		return errors;
	}

	/**
	 * Creates the job of the company, or updates the one with the id, from a checked
	 * form; writes nothing when nothing changed. A job moved to another company in the
	 * source moves here too.
	 * @param status {@code OPEN} (past its expiry it counts as expired), {@code FILLED}
	 * or {@code DRAFT}
	 * @param postedAt when it was published on the old site ({@code null}: never, for
	 * drafts)
	 */
	public Saved save(Long existingId, long companyId, JobForm form, JobStatus status, Instant postedAt) {
		Job job = (existingId != null) ? this.jobs.findById(existingId).orElse(null) : null;
		boolean creating = job == null;
		Company company = this.entityManager.getReference(Company.class, companyId);
		if (creating) {
			job = new Job(company, form.getTitle(), JobEditor.slugOf(form.getTitle()), form.getEmploymentType());
		}
		List<Object> before = creating ? null : state(job);
		if (!creating && !job.getCompany().getId().equals(companyId)) {
			job = moveTo(job, company);
		}
		job.setTitle(form.getTitle());
		job.setSlug(JobEditor.slugOf(form.getTitle()));
		job.setEmploymentType(form.getEmploymentType());
		job.setLocation(form.getLocation());
		job.setCountryCode(form.getCountryCode());
		job.setRemote(form.isRemote());
		job.setSalary(form.getSalaryMin(), form.getSalaryMax(), form.getSalaryCurrency(), form.getSalaryPeriod());
		String description = (form.getDescription() != null) ? form.getDescription() : "";
		if (creating || !description.equals(job.getDescriptionMarkdown())) {
			job.describe(description, this.markdown.toSafeHtml(description));
		}
		job.setApplyUrl(form.getApplyUrl());
		job.setApplyEmail(form.getApplyEmail());
		job.expireAtEndOf(form.getExpiresOn());
		JobStatus wanted = (status == JobStatus.DRAFT || postedAt != null) ? status : JobStatus.DRAFT;
		job.setStatus(wanted);
		job.setPostedAt((wanted == JobStatus.DRAFT) ? null : postedAt);
		if (!creating && Objects.equals(before, state(job))) {
			return new Saved(job.getId(), Change.UNCHANGED);
		}
		if (creating) {
			this.jobs.save(job);
		}
		return new Saved(job.getId(), creating ? Change.CREATED : Change.UPDATED);
	}

	private Job moveTo(Job job, Company company) {
		// The company is a constructor argument only: a moved job is rewritten in place
		// through a new entity state.
		this.entityManager.createQuery("update Job j set j.company = :company where j.id = :id")
			.setParameter("company", company)
			.setParameter("id", job.getId())
			.executeUpdate();
		this.entityManager.refresh(job);
		return job;
	}

	/** Every field an import sets, to tell whether it changed anything. */
	private static List<Object> state(Job job) {
		return java.util.Arrays.asList(job.getCompany().getId(), job.getTitle(), job.getEmploymentType(),
				job.getLocation(), job.getCountryCode(), job.isRemote(), scaled(job.getSalaryMin()),
				scaled(job.getSalaryMax()), job.getSalaryCurrency(), job.getSalaryPeriod(),
				job.getDescriptionMarkdown(), job.getApplyUrl(), job.getApplyEmail(), job.getExpiresAt(),
				job.getStatus(), job.getPostedAt());
	}

	private static Object scaled(java.math.BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros() : null;
	}

	/** What an import did to one job. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

	/** The job's id after the import, and what changed. */
	public record Saved(long id, Change change) {
	}

}
