package com.jobboard.bench.baseline;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Loads the company from the database on every request and renders it. */
@Controller
class CompanyController {

	private final CompanyRepository companies;

	CompanyController(CompanyRepository companies) {
		this.companies = companies;
	}

	@GetMapping("/companies/{slug}")
	String company(@PathVariable String slug, Model model) {
		Company company = this.companies.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("company", company);
		return "company";
	}

}
