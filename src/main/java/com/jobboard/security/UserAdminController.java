package com.jobboard.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.jobboard.web.FormAnswers;
import com.jobboard.web.FormOutcome;
import com.jobboard.web.Messages;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.Notice;
import com.jobboard.web.PageNumbers;
import com.jobboard.web.SearchTerms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' user pages: the list, inviting someone, and one user's role, password and
 * access. Admins only (also enforced for /admin/users/** by
 * {@link SecurityConfiguration}).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST = "security/users/list";

	private static final String NEW = "security/users/new";

	private static final String EDIT = "security/users/edit";

	private final UserAdmin userAdmin;

	private final CurrentUser currentUser;

	private final UserForms userForms;

	private final FormAnswers answers;

	private final Messages messages;

	UserAdminController(UserAdmin userAdmin, CurrentUser currentUser, UserForms userForms, FormAnswers answers,
			Messages messages) {
		this.userAdmin = userAdmin;
		this.currentUser = currentUser;
		this.userForms = userForms;
		this.answers = answers;
		this.messages = messages;
	}

	@InitBinder({ "newUserForm", "roleForm", "passwordForm" })
	void checkForms(WebDataBinder binder) {
		binder.addValidators(this.userForms);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("users", this.userAdmin.search(q, PageNumbers.toIndex(page)));
		model.addAttribute("q", SearchTerms.normalize(q));
		return LIST;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute(new NewUserForm());
		return newUserPage(model);
	}

	@PostMapping("/new")
	ModelAndView invite(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.currentUser.requireAdmin();
		FormOutcome<Long> outcome = save(result, () -> FormOutcome.saved(this.userAdmin.invite(newUserForm),
				Notice.of("users.done.added", newUserForm.getEmail())));
		return this.answers.answer(outcome, UserAdminController::editPath, (id) -> new ModelAndView(newUserPage(model)),
				redirect, response);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		this.currentUser.requireAdmin();
		return editPage(find(id), model);
	}

	@PostMapping("/{id}/role")
	ModelAndView changeRole(@PathVariable long id, @Valid @ModelAttribute RoleForm roleForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		FormOutcome<Long> outcome = save(result, () -> FormOutcome.saved(id,
				Notice.of("users.done.role", this.userAdmin.changeRole(id, roleForm, admin))));
		return this.answers.answer(outcome, UserAdminController::editPath,
				(same) -> new ModelAndView(editPage(user, model)), redirect, response);
	}

	@PostMapping("/{id}/password")
	ModelAndView resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		HttpSession session = request.getSession(false);
		FormOutcome<Long> outcome = save(result, () -> FormOutcome.saved(id, Notice.of("users.done.password",
				this.userAdmin.resetPassword(id, passwordForm, admin, (session != null) ? session.getId() : null))));
		return this.answers.answer(outcome, UserAdminController::editPath,
				(same) -> new ModelAndView(editPage(user, model)), redirect, response);
	}

	@PostMapping("/{id}/disable")
	ModelAndView disable(@PathVariable long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		FormOutcome<Long> outcome = act(
				() -> FormOutcome.saved(id, Notice.of("users.done.disabled", this.userAdmin.disable(id, admin))));
		return this.answers.answer(outcome, UserAdminController::editPath,
				(same) -> new ModelAndView(editPage(user, model)), redirect, response);
	}

	@PostMapping("/{id}/enable")
	ModelAndView enable(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.currentUser.requireAdmin();
		UserSummary user = find(id);
		FormOutcome<Long> outcome = act(
				() -> FormOutcome.saved(id, Notice.of("users.done.enabled", this.userAdmin.enable(id))));
		return this.answers.answer(outcome, UserAdminController::editPath,
				(same) -> new ModelAndView(editPage(user, model)), redirect, response);
	}

	/**
	 * Saves a form without errors; a change the rules refuse goes on the form as an
	 * error.
	 */
	private static FormOutcome<Long> save(BindingResult result, Supplier<FormOutcome<Long>> change) {
		if (!result.hasErrors()) {
			try {
				return change.get();
			}
			catch (RejectedChange ex) {
				reject(result, ex);
			}
		}
		return FormOutcome.invalid(null);
	}

	/**
	 * A button without fields: a change the rules refuse (the last admin...) conflicts
	 * with the user's state.
	 */
	private static FormOutcome<Long> act(Supplier<FormOutcome<Long>> change) {
		try {
			return change.get();
		}
		catch (RejectedChange ex) {
			return FormOutcome.conflict(null, null, Notice.of(ex.messageCode(), ex.arguments()));
		}
	}

	private static String editPath(long id) {
		return "/admin/users/" + id + "/edit";
	}

	private UserSummary find(long id) {
		return this.userAdmin.find(id).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	private String newUserPage(Model model) {
		model.addAttribute("roles", roles());
		model.addAttribute("companies", this.userAdmin.companyChoices());
		return NEW;
	}

	private String editPage(UserSummary user, Model model) {
		model.addAttribute("user", user);
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute(new RoleForm(user.role(), user.companyId()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute(new PasswordForm());
		}
		model.addAttribute("self", user.id() == this.currentUser.require().id());
		model.addAttribute("roles", roles());
		model.addAttribute("companies", this.userAdmin.companyChoices());
		return EDIT;
	}

	/** The roles to choose from, described in the request's language. */
	private Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			roles.put(role.name(), this.messages.get("users.roleChoice." + role.name()));
		}
		return roles;
	}

	private static void reject(BindingResult result, RejectedChange change) {
		if (change.field() != null) {
			result.rejectValue(change.field(), change.messageCode(), change.arguments(), null);
		}
		else {
			result.reject(change.messageCode(), change.arguments(), null);
		}
	}

}
