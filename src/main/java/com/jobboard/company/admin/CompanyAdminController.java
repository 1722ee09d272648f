package com.jobboard.company.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jobboard.address.Countries;
import com.jobboard.company.SizeBand;
import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.Messages;
import com.jobboard.web.PageNumbers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Company profiles behind sign-in: the admins' list and create form, and the edit form
 * that admins and the company's team use ({@code @companyAccess}). The rules live in
 * {@link CompanyEditor}; {@link FormAnswers} answers the forms.
 */
@Controller
@RequestMapping("/admin/companies")
class CompanyAdminController {

	static final String FORM = "form";

	private static final String LIST_VIEW = "companies/admin/list";

	private static final String NEW_VIEW = "companies/admin/new";

	private static final String EDIT_VIEW = "companies/admin/edit";

	private final CompanyEditor editor;

	private final CompanyLookup lookup;

	private final FormAnswers answers;

	private final CurrentUser currentUser;

	private final Messages messages;

	CompanyAdminController(CompanyEditor editor, CompanyLookup lookup, FormAnswers answers, CurrentUser currentUser,
			Messages messages) {
		this.editor = editor;
		this.lookup = lookup;
		this.answers = answers;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "1") int page, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("results", this.lookup.search(q, status, PageNumbers.toIndex(page)));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	ModelAndView newCompany() {
		SignedInUser user = this.currentUser.requireAdmin();
		return formPage(NEW_VIEW, HttpStatus.OK, user, null).addObject(FORM, new CompanyForm());
	}

	@PostMapping(path = "/new", params = "!preview")
	ModelAndView create(@Valid @ModelAttribute(FORM) CompanyForm form, BindingResult errors,
			RedirectAttributes redirect, HttpServletResponse response) {
		SignedInUser user = this.currentUser.requireAdmin();
		return this.answers.answer(this.editor.create(form, errors, user), CompanySummary::editPath,
				(company) -> formPage(NEW_VIEW, HttpStatus.OK, user, company), redirect, response);
	}

	@PostMapping(path = "/new", params = "preview")
	ModelAndView previewNew(@Valid @ModelAttribute(FORM) CompanyForm form, BindingResult errors) {
		SignedInUser user = this.currentUser.requireAdmin();
		CompanyLookup.Preview preview = this.lookup.preview(null, form, errors);
		return formPage(NEW_VIEW, HttpStatus.OK, user, null).addObject("preview", preview);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@companyAccess.canEdit(#id)")
	ModelAndView edit(@PathVariable long id) {
		SignedInUser user = this.currentUser.require();
		CompanyLookup.Editing editing = this.lookup.open(id);
		return formPage(EDIT_VIEW, HttpStatus.OK, user, editing.company()).addObject(FORM, editing.form());
	}

	@PostMapping(path = "/{id}/edit", params = "!preview")
	@PreAuthorize("@companyAccess.canEdit(#id)")
	ModelAndView save(@PathVariable long id, @Valid @ModelAttribute(FORM) CompanyForm form, BindingResult errors,
			RedirectAttributes redirect, HttpServletResponse response) {
		SignedInUser user = this.currentUser.require();
		return this.answers.answer(this.editor.update(id, form, errors, user), CompanySummary::editPath,
				(company) -> formPage(EDIT_VIEW, HttpStatus.OK, user, company), redirect, response);
	}

	@PostMapping(path = "/{id}/edit", params = "preview")
	@PreAuthorize("@companyAccess.canEdit(#id)")
	ModelAndView preview(@PathVariable long id, @Valid @ModelAttribute(FORM) CompanyForm form, BindingResult errors) {
		SignedInUser user = this.currentUser.require();
		CompanyLookup.Preview preview = this.lookup.preview(id, form, errors);
		return formPage(EDIT_VIEW, HttpStatus.OK, user, preview.company()).addObject("preview", preview);
	}

	@PostMapping("/{id}/archive")
	ModelAndView archive(@PathVariable long id, RedirectAttributes redirect) {
		SignedInUser user = this.currentUser.requireAdmin();
		return backToEdit(id, this.editor.archive(id, user), redirect);
	}

	@PostMapping({ "/{id}/restore", "/{id}/publish" })
	ModelAndView activate(@PathVariable long id, RedirectAttributes redirect) {
		SignedInUser user = this.currentUser.requireAdmin();
		return backToEdit(id, this.editor.activate(id, user), redirect);
	}

	private ModelAndView formPage(String view, HttpStatus status, SignedInUser user, CompanySummary company) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("company", company);
		page.addObject("sectors", this.lookup.allSectors());
		page.addObject("sizeBands", sizeBands());
		page.addObject("newStatuses", newStatuses());
		page.addObject("countries", Countries.options(Messages.locale()));
		page.addObject("admin", user.isAdmin());
		return page;
	}

	private ModelAndView backToEdit(long id, FormOutcome<CompanySummary> outcome, RedirectAttributes redirect) {
		String edit = "/admin/companies/" + id + "/edit";
		return this.answers.redirect(outcome, edit, edit, redirect);
	}

	/** The size bands as people read them, for the select, in the request's language. */
	private Map<String, String> sizeBands() {
		Map<String, String> bands = new LinkedHashMap<>();
		for (SizeBand band : SizeBand.values()) {
			bands.put(band.name(), this.messages.get("sizeBand." + band.name()));
		}
		return bands;
	}

	/** What a new company can start as. */
	private Map<String, String> newStatuses() {
		Map<String, String> statuses = new LinkedHashMap<>();
		statuses.put("ACTIVE", this.messages.get("companyAdmin.newStatus.ACTIVE"));
		statuses.put("PENDING", this.messages.get("companyAdmin.newStatus.PENDING"));
		return statuses;
	}

}
