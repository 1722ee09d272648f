package com.jobboard.home;

import com.jobboard.company.CompanyDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a search box and the companies updated last. */
@Controller
class HomeController {

	private final CompanyDirectory directory;

	HomeController(CompanyDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("recent", this.directory.recentlyUpdated());
		model.addAttribute("sectors", this.directory.allSectors());
		return "home";
	}

}
