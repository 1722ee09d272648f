package com.jobboard.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;
import com.jobboard.web.PageNumbers;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for the admins: every message the site wrote, sent or kept, and each one as
 * it was rendered. With no SMTP server configured this is where mail can be read at all.
 * Admins only.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

	static final String HTML_PART_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final MailArchive archive;

	private final MailOutbox outbox;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	MailAdminController(MailArchive archive, MailOutbox outbox, CurrentUser currentUser, MessageSource messages) {
		this.archive = archive;
		this.outbox = outbox;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@ModelAttribute
	void adminPagesAreNotIndexed(Model model) {
		model.addAttribute("noindex", true);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("mails", this.archive.page(PageNumbers.toIndex(page)));
		model.addAttribute("counts", this.archive.counts());
		model.addAttribute("sending", this.outbox.sending());
		return "outbox/list";
	}

	@GetMapping("/{id:\\d{1,18}}")
	String message(@PathVariable long id, Model model) {
		this.currentUser.requireAdmin();
		model.addAttribute("mail",
				this.archive.find(id).orElseThrow(() -> new NotFoundException("No mail " + id + " in the outbox")));
		return "outbox/message";
	}

	/**
	 * The HTML part alone, as the recipient's mail program would show it. It is a
	 * document of its own, not a frame in the site's pages: its policy makes it a sandbox
	 * (a unique origin, no scripts, no forms, no plugins), so nothing in a message can
	 * act with the admin's session, while its inline styles and images still show.
	 */
	@GetMapping("/{id:\\d{1,18}}/html")
	ResponseEntity<String> html(@PathVariable long id, HttpServletResponse response) {
		this.currentUser.requireAdmin();
		MailArchive.Message mail = this.archive.find(id)
			.orElseThrow(() -> new NotFoundException("No mail " + id + " in the outbox"));
		// In place of the site's policy (set by security.SecurityHeaders), not beside it.
		response.setHeader("Content-Security-Policy", HTML_PART_POLICY);
		response.setHeader("Referrer-Policy", "no-referrer");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(mail.html());
	}

	/**
	 * A test message to the admin, in their language: shows that mail arrives (or,
	 * without SMTP, how it looks).
	 */
	@PostMapping("/test")
	String sendTest(Locale locale, RedirectAttributes redirect) {
		SignedInUser admin = this.currentUser.requireAdmin();
		OutgoingMail mail;
		try {
			mail = OutgoingMail.to(admin.email(), locale)
				.template("admin/test")
				.with("requestedBy", admin.email())
				.build();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("errorMessage",
					this.messages.getMessage("outbox.test.badAddress", new Object[] { admin.email() }, locale));
			return "redirect:/admin/mail";
		}
		long id = this.outbox.enqueue(mail);
		String key = this.outbox.sending() ? "outbox.test.queued" : "outbox.test.kept";
		redirect.addFlashAttribute("message", this.messages.getMessage(key, new Object[] { admin.email() }, locale));
		return "redirect:/admin/mail/" + id;
	}

}
