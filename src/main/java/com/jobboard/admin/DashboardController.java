package com.jobboard.admin;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where signing in leads: the whole board for an admin, their own company for an employer. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final CurrentUser currentUser;

	DashboardController(Dashboard dashboard, CurrentUser currentUser) {
		this.dashboard = dashboard;
		this.currentUser = currentUser;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		SignedInUser user = this.currentUser.require();
		if (user.isAdmin()) {
			model.addAttribute("overview", this.dashboard.forAdmin());
			return "admin/dashboard";
		}
		if (user.companyId() == null) {
			throw new NotFoundException("Employer " + user.id() + " has no company");
		}
		model.addAttribute("company", this.dashboard.forCompany(user.companyId())
			.orElseThrow(() -> new NotFoundException("No company " + user.companyId())));
		return "admin/company-dashboard";
	}

}
