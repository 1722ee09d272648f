package com.jobboard.job;

import java.util.Locale;
import java.util.Optional;

import com.jobboard.job.JobAdminLists.CompanyJobs;
import com.jobboard.job.JobEditor.Editing;
import com.jobboard.job.JobEditor.Saved;
import com.jobboard.limits.ActionLimits;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.Messages;
import com.jobboard.web.Notice;
import com.jobboard.web.PageNumbers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Job administration: every job for admins, each company's jobs for its team, and the job
 * form. Who may do what is declared here ({@code @companyAccess}); the form is checked
 * while it is bound ({@link JobFormValidator}), saved by {@link JobEditor};
 * {@link FormAnswers} answers it.
 */
@Controller
class JobAdminController {

	private static final String FORM_VIEW = "jobs/admin/form";

	/**
	 * The error {@link JobEditor} gives a form filled from an older version of the job.
	 */
	private static final String STALE = "jobAdmin.error.stale";

	private final JobAdminLists lists;

	private final JobEditor editor;

	private final JobFormValidator formRules;

	private final FormAnswers answers;

	private final Messages messages;

	JobAdminController(JobAdminLists lists, JobEditor editor, JobFormValidator formRules, FormAnswers answers,
			Messages messages) {
		this.lists = lists;
		this.editor = editor;
		this.formRules = formRules;
		this.answers = answers;
		this.messages = messages;
	}

	@InitBinder("jobForm")
	void checkForm(WebDataBinder binder) {
		binder.addValidators(this.formRules);
	}

	@ModelAttribute
	void adminPagesAreNotIndexed(Model model) {
		model.addAttribute("noindex", true);
	}

	@GetMapping("/admin/jobs")
	@PreAuthorize("@companyAccess.isAdmin()")
	String allJobs(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Optional<JobStatus> filter = JobAdminLists.statusFilter(status);
		model.addAttribute("results", this.lists.allJobs(filter, q, PageNumbers.toIndex(page)));
		addFilters(filter, q, model);
		return "jobs/admin/list";
	}

	@GetMapping("/admin/companies/{companyId:\\d+}/jobs")
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	String companyJobs(@PathVariable long companyId, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		Optional<JobStatus> filter = JobAdminLists.statusFilter(status);
		CompanyJobs jobs = this.lists.companyJobs(companyId, filter, q, PageNumbers.toIndex(page));
		model.addAttribute("companyId", jobs.companyId());
		model.addAttribute("companyName", jobs.companyName());
		model.addAttribute("newJobPath", jobs.newJobPath());
		model.addAttribute("results", jobs.jobs());
		addFilters(filter, q, model);
		return "jobs/admin/company";
	}

	@GetMapping("/admin/companies/{companyId:\\d+}/jobs/new")
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	ModelAndView newJob(@PathVariable long companyId, Model model) {
		return form(this.editor.newJobPage(companyId), JobForm.forNewJob(), model);
	}

	@PostMapping("/admin/companies/{companyId:\\d+}/jobs/new")
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	ModelAndView create(@PathVariable long companyId, @Valid @ModelAttribute JobForm jobForm, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String preview,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		JobEditorPage page = this.editor.newJobPage(companyId);
		if (preview != null) {
			return preview(page, jobForm, errors, model);
		}
		FormOutcome<Long> outcome = outcome(this.editor.create(companyId, jobForm, action(action), errors), errors);
		return this.answers.answer(outcome, JobPaths::edit, (none) -> form(page, jobForm, model), redirect, response);
	}

	@GetMapping("/admin/jobs/{id:\\d+}/edit")
	@PreAuthorize("@companyAccess.canEditJob(#id)")
	ModelAndView edit(@PathVariable long id, Model model) {
		Editing editing = this.editor.open(id);
		return form(editing.page(), editing.form(), model);
	}

	@PostMapping("/admin/jobs/{id:\\d+}/edit")
	@PreAuthorize("@companyAccess.canEditJob(#id)")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute JobForm jobForm, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String preview,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		JobEditorPage page = this.editor.editPage(id);
		if (preview != null) {
			return preview(page, jobForm, errors, model);
		}
		FormOutcome<Long> outcome = outcome(this.editor.update(id, jobForm, action(action), errors), errors);
		// After a failed save the page is read again: a stale save means the job changed
		// meanwhile.
		return this.answers.answer(outcome, JobPaths::edit, (none) -> form(this.editor.editPage(id), jobForm, model),
				redirect, response);
	}

	private ModelAndView preview(JobEditorPage page, JobForm jobForm, BindingResult errors, Model model) {
		model.addAttribute("previewHtml", this.editor.preview(jobForm, errors));
		model.addAttribute("previewShown", true);
		return form(page, jobForm, model);
	}

	private ModelAndView form(JobEditorPage page, JobForm jobForm, Model model) {
		model.addAttribute("editor", page);
		model.addAttribute("jobForm", jobForm);
		model.addAttribute("employmentTypes", JobFormOptions.employmentTypes(this.messages));
		model.addAttribute("salaryPeriods", JobFormOptions.salaryPeriods(this.messages));
		model.addAttribute("countries", JobFormOptions.countries(Messages.locale()));
		return new ModelAndView(FORM_VIEW);
	}

	/**
	 * What the editor's answer means for the form: saved, refused for the hour's limit,
	 * stale (someone saved the job since the form was filled in), or with errors.
	 */
	private static FormOutcome<Long> outcome(Optional<Saved> saved, BindingResult errors) {
		if (saved.isPresent()) {
			return FormOutcome.saved(saved.get().jobId(), Notice.of(saved.get().messageCode()));
		}
		Optional<String> retryAfter = ActionLimits.retryAfter(errors);
		if (retryAfter.isPresent()) {
			return FormOutcome.limited(null, Long.parseLong(retryAfter.get()));
		}
		boolean stale = errors.getGlobalErrors().stream().anyMatch((error) -> STALE.equals(error.getCode()));
		return stale ? FormOutcome.conflict(null, null, null) : FormOutcome.invalid(null);
	}

	private void addFilters(Optional<JobStatus> filter, String q, Model model) {
		model.addAttribute("status", filter.map((s) -> s.name().toLowerCase(Locale.ROOT)).orElse(""));
		model.addAttribute("q", q);
		model.addAttribute("statusFilters", JobFormOptions.statusFilters(this.messages));
	}

	/** The button pressed; only the form's own buttons are understood. */
	private static JobAction action(String value) {
		return JobAction.fromParameter(value)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown action"));
	}

}
