package com.jobboard.alerts;

import java.util.HashMap;
import java.util.Map;

import com.jobboard.alerts.AlertManagement.Checked;
import com.jobboard.alerts.AlertManagement.LinkState;
import com.jobboard.alerts.AlertManagement.Managed;
import com.jobboard.web.Messages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages behind the links of alert mails. Following a link never changes anything by
 * itself (mail scanners open links): each GET shows a page with one button, and the POST
 * does it. The one-click unsubscribe POST of RFC 8058 is the exception mail clients need:
 * it works without a CSRF token (SecurityConfiguration), the signed token in its address
 * being the proof.
 */
@Controller
class AlertLinkController {

	private static final String LINK_VIEW = "alerts/link";

	private final AlertManagement management;

	private final AlertTitles titles;

	private final Messages messages;

	AlertLinkController(AlertManagement management, AlertTitles titles, Messages messages) {
		this.management = management;
		this.titles = titles;
		this.messages = messages;
	}

	@GetMapping("/alerts/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		Checked checked = this.management.checkConfirmation(token);
		return page("confirm", checked, token, model, response);
	}

	@PostMapping("/alerts/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Checked checked = this.management.confirm(token);
		if (!checked.valid()) {
			return page("confirm", checked, token, model, response);
		}
		redirect.addFlashAttribute("message", this.messages.get("alerts.confirmed"));
		return "redirect:" + managePath(this.management.manageToken(checked.alert()));
	}

	@GetMapping("/alerts/unsubscribe")
	String unsubscribePage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		return page("unsubscribe", this.management.checkUnsubscribe(token), token, model, response);
	}

	/**
	 * From the page's button, and from mail clients' one-click unsubscribe (RFC 8058).
	 */
	@PostMapping("/alerts/unsubscribe")
	String unsubscribe(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		Checked checked = this.management.unsubscribe(token);
		if (checked.valid()) {
			model.addAttribute("done", true);
			// The manage link only while the address has alerts left (it is deleted with
			// its last one).
			model.addAttribute("remaining",
					this.management.manage(this.management.manageToken(checked.alert())).valid());
		}
		return page("unsubscribe", checked, token, model, response);
	}

	@GetMapping("/alerts/manage")
	String manage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		Managed managed = this.management.manage(token);
		if (!managed.valid()) {
			model.addAttribute("messageCode", managed.state().messageCode());
			response.setStatus(managed.state().status().value());
			return LINK_VIEW;
		}
		model.addAttribute("managed", managed);
		Map<Long, String> titles = new HashMap<>();
		managed.alerts().forEach((alert) -> titles.put(alert.id(), this.titles.of(alert, Messages.locale())));
		model.addAttribute("titles", titles);
		model.addAttribute("frequencies", AlertFrequency.values());
		return "alerts/manage";
	}

	@PostMapping("/alerts/manage/frequency")
	String changeFrequency(@RequestParam(defaultValue = "") String token, @RequestParam long alert,
			@RequestParam AlertFrequency frequency, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return afterChange(this.management.changeFrequency(token, alert, frequency), "alerts.manage.frequencyChanged",
				token, model, response, redirect);
	}

	@PostMapping("/alerts/manage/pause")
	String pause(@RequestParam(defaultValue = "") String token, @RequestParam long alert,
			@RequestParam(defaultValue = "true") boolean paused, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return afterChange(this.management.pause(token, alert, paused),
				paused ? "alerts.manage.paused" : "alerts.manage.resumed", token, model, response, redirect);
	}

	@PostMapping("/alerts/manage/delete")
	String delete(@RequestParam(defaultValue = "") String token, @RequestParam long alert, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		AlertManagement.Change change = this.management.delete(token, alert);
		if (change.done() && !this.management.manage(token).valid()) {
			// That was the address's last alert: the address is deleted too, and the
			// manage link with it.
			model.addAttribute("messageCode", "alerts.manage.allDeleted");
			return LINK_VIEW;
		}
		return afterChange(change, "alerts.manage.deleted", token, model, response, redirect);
	}

	private String afterChange(AlertManagement.Change change, String doneCode, String token, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (change.state() != LinkState.VALID) {
			model.addAttribute("messageCode", change.state().messageCode());
			response.setStatus(change.state().status().value());
			return LINK_VIEW;
		}
		redirect.addFlashAttribute(change.done() ? "message" : "errorMessage",
				this.messages.get(change.done() ? doneCode : "alerts.manage.notFound"));
		return "redirect:" + managePath(token);
	}

	private String page(String action, Checked checked, String token, Model model, HttpServletResponse response) {
		model.addAttribute("action", action);
		response.setStatus(checked.state().status().value());
		if (checked.valid()) {
			model.addAttribute("token", token);
			model.addAttribute("alertTitle", this.titles.of(checked.alert(), Messages.locale()));
			model.addAttribute("manageToken", this.management.manageToken(checked.alert()));
		}
		else {
			model.addAttribute("messageCode", checked.state().messageCode());
			if (checked.alert() != null) {
				model.addAttribute("manageToken", this.management.manageToken(checked.alert()));
			}
		}
		return checked.valid() ? "alerts/" + action : LINK_VIEW;
	}

	private static String managePath(String token) {
		return UriComponentsBuilder.fromPath("/alerts/manage")
			.queryParam("token", token)
			.encode()
			.build()
			.toUriString();
	}

}
