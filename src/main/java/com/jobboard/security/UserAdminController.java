package com.jobboard.security;

import java.util.LinkedHashMap;
import java.util.Map;

import com.jobboard.web.Messages;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.PageNumbers;
import com.jobboard.web.SearchTerms;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' user pages: the list, inviting someone, and one user's role, password and access.
 * Admins only (also enforced for /admin/users/** by {@link SecurityConfiguration}).
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

	private final Messages messages;

	UserAdminController(UserAdmin userAdmin, CurrentUser currentUser, UserForms userForms, Messages messages) {
		this.userAdmin = userAdmin;
		this.currentUser = currentUser;
		this.userForms = userForms;
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
	String invite(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.currentUser.requireAdmin();
		if (!result.hasErrors()) {
			try {
				long id = this.userAdmin.invite(newUserForm);
				redirect.addFlashAttribute("message", this.messages.get("users.done.added", newUserForm.getEmail()));
				return "redirect:/admin/users/" + id + "/edit";
			}
			catch (RejectedChange ex) {
				reject(result, ex);
			}
		}
		return newUserPage(model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		this.currentUser.requireAdmin();
		return editPage(find(id), model);
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @Valid @ModelAttribute RoleForm roleForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		if (!result.hasErrors()) {
			try {
				String email = this.userAdmin.changeRole(id, roleForm, admin);
				redirect.addFlashAttribute("message", this.messages.get("users.done.role", email));
				return "redirect:/admin/users/" + id + "/edit";
			}
			catch (RejectedChange ex) {
				reject(result, ex);
			}
		}
		return editPage(user, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				String email = this.userAdmin.resetPassword(id, passwordForm, admin,
						(session != null) ? session.getId() : null);
				redirect.addFlashAttribute("message", this.messages.get("users.done.password", email));
				return "redirect:/admin/users/" + id + "/edit";
			}
			catch (RejectedChange ex) {
				reject(result, ex);
			}
		}
		return editPage(user, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Model model, RedirectAttributes redirect) {
		SignedInUser admin = this.currentUser.requireAdmin();
		UserSummary user = find(id);
		try {
			String email = this.userAdmin.disable(id, admin);
			redirect.addFlashAttribute("message", this.messages.get("users.done.disabled", email));
			return "redirect:/admin/users/" + id + "/edit";
		}
		catch (RejectedChange ex) {
			model.addAttribute("errorMessage", this.messages.get(ex.messageCode(), ex.arguments()));
			return editPage(user, model);
		}
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Model model, RedirectAttributes redirect) {
		this.currentUser.requireAdmin();
		UserSummary user = find(id);
		try {
			String email = this.userAdmin.enable(id);
			redirect.addFlashAttribute("message", this.messages.get("users.done.enabled", email));
			return "redirect:/admin/users/" + id + "/edit";
		}
		catch (RejectedChange ex) {
			model.addAttribute("errorMessage", this.messages.get(ex.messageCode(), ex.arguments()));
			return editPage(user, model);
		}
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
