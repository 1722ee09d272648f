package com.jobboard.company;

import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public company pages: the directory and each profile. */
@Controller
class CompanyController {

	private final CompanyProfiles profiles;

	private final CompanyDirectory directory;

	CompanyController(CompanyProfiles profiles, CompanyDirectory directory) {
		this.profiles = profiles;
		this.directory = directory;
	}

	@GetMapping("/companies/{slug}")
	String profile(@PathVariable String slug, HttpServletRequest request, Model model) {
		boolean countView = "GET".equals(request.getMethod());
		ProfilePage page = this.profiles.open(slug, countView)
			.orElseThrow(() -> new NotFoundException("No company at " + slug));
		model.addAttribute("page", page);
		model.addAttribute("profile", page.profile());
		return "companies/profile";
	}

	@GetMapping("/companies")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String sector,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Page<DirectoryEntry> results = this.directory.search(q, sector, page - 1);
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("sector", sector);
		model.addAttribute("sectors", this.directory.allSectors());
		return "companies/directory";
	}

}
