package com.jobboard.transfer;

import java.io.IOException;
import java.io.InputStream;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

/**
 * Receives the upload of a file to import. A servlet of its own, mapped to this one
 * address, so that it can have the import's multipart limits (hundreds of MB) while every
 * other form keeps the small ones of {@code spring.servlet.multipart}: the container
 * refuses a larger upload with 413 before anything reads it. It stores the files, starts
 * the dry run, and sends the admin to the upload's page; it never imports anything.
 */
class ImportUploadServlet extends HttpServlet {

	static final String PATH = "/admin/import/upload";

	private final transient ImportUploads uploads;

	private final transient ImportRuns runs;

	private final transient CurrentUser currentUser;

	ImportUploadServlet(ImportUploads uploads, ImportRuns runs, CurrentUser currentUser) {
		this.uploads = uploads;
		this.runs = runs;
		this.currentUser = currentUser;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		SignedInUser user = this.currentUser.get().orElse(null);
		if (user == null || !user.isAdmin()) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		Part file;
		Part zip;
		try {
			file = request.getPart("file");
			zip = request.getPart("uploads");
		}
		catch (IllegalStateException ex) {
			// Over the import's limits (the container has already decided).
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		catch (ServletException ex) {
			response.sendRedirect(request.getContextPath() + "/admin/import?problem=notMultipart");
			return;
		}
		if (file == null || file.getSize() == 0) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/admin/import?problem=noFile");
			return;
		}
		String site;
		try {
			site = CsvSites.chosen(request.getParameter("site")).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/admin/import?problem=site");
			return;
		}
		ImportUploads.Upload upload;
		try (InputStream source = file.getInputStream();
				InputStream uploadsZip = (zip != null && zip.getSize() > 0) ? zip.getInputStream() : null) {
			upload = this.uploads.store(file.getSubmittedFileName(), source, uploadsZip, site);
		}
		this.runs.startDryRun(upload, new Importer.Author(user.id(), user.email()));
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + "/admin/import/" + upload.id());
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + "/admin/import");
	}

}
