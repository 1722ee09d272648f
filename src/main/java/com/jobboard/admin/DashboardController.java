package com.jobboard.admin;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.team.CompanySwitcher;
import com.jobboard.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where signing in leads: the whole board for an admin, the current company (chosen in
 * the header's switcher) for an employer, and a page that says so for an employer in no
 * team.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final CurrentUser currentUser;

	private final CompanySwitcher companies;

	DashboardController(Dashboard dashboard, CurrentUser currentUser, CompanySwitcher companies) {
		this.dashboard = dashboard;
		this.currentUser = currentUser;
		this.companies = companies;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		SignedInUser user = this.currentUser.require();
		if (user.isAdmin()) {
			model.addAttribute("overview", this.dashboard.forAdmin());
			return "admin/dashboard";
		}
		Long companyId = this.companies.currentId();
		if (companyId == null) {
			return "team/no-team";
		}
		model.addAttribute("company", this.dashboard.forCompany(companyId)
			.orElseThrow(() -> new NotFoundException("No company " + companyId)));
		return "admin/company-dashboard";
	}

}
