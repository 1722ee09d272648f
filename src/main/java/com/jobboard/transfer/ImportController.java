package com.jobboard.transfer;

import java.util.Optional;
import java.util.Set;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The import pages: the upload form (the upload itself goes to
 * {@link ImportUploadServlet}), an upload's page (progress while its dry run or import
 * runs, then the report), and the admin's confirmation that starts the import.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	/** Seconds between refreshes of the progress page. */
	static final int REFRESH_SECONDS = 2;

	private static final Set<String> PROBLEMS = Set.of("noFile", "notMultipart", "site");

	private final ImportUploads uploads;

	private final ImportRuns runs;

	private final CurrentUser currentUser;

	ImportController(ImportUploads uploads, ImportRuns runs, CurrentUser currentUser) {
		this.uploads = uploads;
		this.runs = runs;
		this.currentUser = currentUser;
	}

	@GetMapping
	String form(@RequestParam(required = false) String problem, Model model, HttpServletResponse response) {
		this.currentUser.requireAdmin();
		if (problem != null && PROBLEMS.contains(problem)) {
			model.addAttribute("problem", "transfer.upload.problem." + problem);
			response.setStatus(422);
		}
		model.addAttribute("uploadPath", ImportUploadServlet.PATH);
		model.addAttribute("siteMaxLength", CsvSites.MAX_LENGTH);
		return "transfer/import";
	}

	@GetMapping("/{id}")
	String upload(@PathVariable String id, Model model, HttpServletResponse response) {
		SignedInUser admin = this.currentUser.requireAdmin();
		Optional<ImportRuns.State> state = this.runs.state(id);
		if (state.isEmpty()) {
			ImportUploads.Upload upload = this.uploads.find(id)
				.orElseThrow(() -> new NotFoundException("No upload " + id));
			// Known from an earlier start of the app: check it again.
			this.runs.startDryRun(upload, new Importer.Author(admin.id(), admin.email()));
			state = this.runs.state(id);
		}
		ImportRuns.State current = state.orElseThrow();
		model.addAttribute("id", id);
		model.addAttribute("state", current);
		if (current.running()) {
			model.addAttribute("refreshSeconds", REFRESH_SECONDS);
			return "transfer/progress";
		}
		ImportReport report = current.report();
		model.addAttribute("report", report);
		model.addAttribute("confirmable",
				report.isDryRun() && !report.isFailed() && report.hasChanges() && this.uploads.find(id).isPresent());
		if (report.isFailed()) {
			response.setStatus(422);
		}
		return "transfer/report";
	}

	@PostMapping("/{id}")
	String confirm(@PathVariable String id, Model model, HttpServletResponse response) {
		SignedInUser admin = this.currentUser.requireAdmin();
		ImportUploads.Upload upload = this.uploads.find(id).orElseThrow(() -> new NotFoundException("No upload " + id));
		if (!this.runs.startImport(upload, new Importer.Author(admin.id(), admin.email()))) {
			response.setStatus(409);
			model.addAttribute("id", id);
			return "transfer/not-started";
		}
		return "redirect:/admin/import/" + id;
	}

}
