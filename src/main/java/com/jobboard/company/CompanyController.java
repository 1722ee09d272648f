package com.jobboard.company;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.security.CurrentUser;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.PageNumbers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public company pages: the directory and each profile (rendered once per change, see
 * {@link RenderedProfiles}).
 */
@Controller
class CompanyController {

	private final CompanyProfiles profiles;

	private final CompanyDirectory directory;

	private final RenderedProfiles renderedProfiles;

	private final CurrentUser currentUser;

	CompanyController(CompanyProfiles profiles, CompanyDirectory directory, RenderedProfiles renderedProfiles,
			CurrentUser currentUser) {
		this.profiles = profiles;
		this.directory = directory;
		this.renderedProfiles = renderedProfiles;
		this.currentUser = currentUser;
	}

	@GetMapping("/companies/{slug}")
	ResponseEntity<Void> profile(@PathVariable String slug, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Optional<ProfilePage> found = openedByFilter(request, slug).or(() -> this.profiles.open(slug));
		if (found.isEmpty()) {
			// A slug the company used before leads to its current address (only looked up
			// when nothing is found).
			String currentSlug = this.profiles.movedTo(slug)
				.orElseThrow(() -> new NotFoundException("No company at " + slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(request.getContextPath() + "/companies/" + currentSlug))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
				.build();
		}
		// Counted only now that the page is there: a HEAD request, a bot, a prefetch or
		// the company's own
		// people are not views (see PageViews).
		ProfilePage opened = found.get();
		ProfilePage page = new ProfilePage(opened.profile(), opened.openJobs(),
				this.profiles.countView(opened.profile(), request));
		// Signed-in people see their own header (and its CSRF token): never from the
		// shared cache.
		byte[] html = this.currentUser.get().isPresent()
				? this.renderedProfiles.renderUncached(page, locale, request, response)
				: this.renderedProfiles.html(page, locale, request, response);
		ProfileResponse.write(response, html);
		// Written already (the same way as by the fast lane): nothing more for Spring MVC
		// to send.
		return null;
	}

	/**
	 * The page {@link AnonymousProfileFilter} already opened (without counting) on this
	 * request, if any.
	 */
	private static Optional<ProfilePage> openedByFilter(HttpServletRequest request, String slug) {
		return (request.getAttribute(AnonymousProfileFilter.OPENED_PAGE) instanceof ProfilePage opened
				&& opened.profile().slug().equals(slug)) ? Optional.of(opened) : Optional.empty();
	}

	@GetMapping("/companies")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String sector,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Page<DirectoryEntry> results = this.directory.search(q, sector, PageNumbers.toIndex(page));
		model.addAttribute("results", results);
		model.addAttribute("q", q);
		model.addAttribute("sector", sector);
		model.addAttribute("sectors", this.directory.allSectors());
		return "companies/directory";
	}

}
