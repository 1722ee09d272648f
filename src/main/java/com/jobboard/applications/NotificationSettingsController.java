package com.jobboard.applications;

import com.jobboard.security.CurrentUser;
import com.jobboard.security.SignedInUser;
import com.jobboard.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each signed-in person chooses how they hear of new applications: each one, a daily
 * digest, or none.
 */
@Controller
class NotificationSettingsController {

	static final String PATH = "/admin/notifications";

	private final TeamNotifications notifications;

	private final CurrentUser currentUser;

	private final Messages messages;

	NotificationSettingsController(TeamNotifications notifications, CurrentUser currentUser, Messages messages) {
		this.notifications = notifications;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ModelAndView form() {
		SignedInUser user = this.currentUser.require();
		return page(this.notifications.frequencyOf(user.id()), false);
	}

	@PostMapping(PATH)
	ModelAndView save(@RequestParam(required = false) String frequency, RedirectAttributes redirect) {
		SignedInUser user = this.currentUser.require();
		NotificationFrequency chosen = parse(frequency);
		if (chosen == null) {
			ModelAndView page = page(this.notifications.frequencyOf(user.id()), true);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		this.notifications.choose(user.id(), chosen, Messages.locale());
		redirect.addFlashAttribute("message", this.messages.get("applications.notifications.saved"));
		return new ModelAndView("redirect:" + PATH);
	}

	private static ModelAndView page(NotificationFrequency current, boolean invalid) {
		return new ModelAndView("applications/notifications").addObject("current", current)
			.addObject("frequencies", NotificationFrequency.values())
			.addObject("invalid", invalid);
	}

	private static NotificationFrequency parse(String value) {
		if (value == null) {
			return null;
		}
		for (NotificationFrequency frequency : NotificationFrequency.values()) {
			if (frequency.name().equals(value.strip())) {
				return frequency;
			}
		}
		return null;
	}

}
