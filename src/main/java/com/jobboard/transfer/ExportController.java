package com.jobboard.transfer;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.jobboard.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The export page and its three downloads, written straight to the response as they are
 * read.
 */
@Controller
@RequestMapping("/admin/export")
class ExportController {

	private final BoardExport export;

	private final CurrentUser currentUser;

	private final Clock clock;

	ExportController(BoardExport export, CurrentUser currentUser, Clock clock) {
		this.export = export;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String page() {
		this.currentUser.requireAdmin();
		return "transfer/export";
	}

	@GetMapping("/companies.csv")
	void companies(HttpServletResponse response) throws IOException {
		this.currentUser.requireAdmin();
		download(response, "text/csv; charset=UTF-8; header=present", "companies", "csv");
		this.export.companiesCsv(response.getOutputStream());
	}

	@GetMapping("/jobs.csv")
	void jobs(HttpServletResponse response) throws IOException {
		this.currentUser.requireAdmin();
		download(response, "text/csv; charset=UTF-8; header=present", "jobs", "csv");
		this.export.jobsCsv(response.getOutputStream());
	}

	@GetMapping("/board.json")
	void board(HttpServletResponse response) throws IOException {
		this.currentUser.requireAdmin();
		download(response, "application/json", "board", "json");
		this.export.json(response.getOutputStream(), this.clock.instant());
	}

	private void download(HttpServletResponse response, String contentType, String name, String extension) {
		response.setContentType(contentType);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-"
				+ LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC) + "." + extension + "\"");
	}

}
