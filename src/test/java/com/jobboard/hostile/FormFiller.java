package com.jobboard.hostile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.jobboard.hostile.HttpActor.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills in a form of the application the way a persistent attacker would: hostile text in
 * every visible text field, and wherever the form refuses it, a plausible value instead
 * (then the value the page had), until the form is accepted. What is left is hostile text
 * in every field that takes free text, stored for real, ready to be looked at in a
 * browser.
 */
final class FormFiller {

	private static final int ROUNDS = 4;

	private final HttpActor actor;

	private final String token;

	FormFiller(HttpActor actor, String token) {
		this.actor = actor;
		this.token = token;
	}

	/** The values accepted in the end, by field. */
	record Stored(Map<String, String> values) {
	}

	/**
	 * Opens {@code page}, fills in its form that posts to {@code action} and sends it
	 * (with the extra parameters, such as the button pressed) until it goes through.
	 * @param hostile the hostile text for each visible text field
	 * @throws AssertionError when the form is still refused after a few rounds
	 */
	Stored fill(String page, String action, Function<Forms.Control, String> hostile, Map<String, String> extra) {
		Document document = this.actor.get(page).document();
		Element form = document.selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new AssertionError("No form posting to " + action + " on " + page);
		}
		List<Forms.Control> controls = Forms.controls(form);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Forms.Control> byName = new LinkedHashMap<>();
		for (Forms.Control control : controls) {
			byName.put(control.name(), control);
			values.put(control.name(), control.visibleText() ? hostile.apply(control) : control.chosenValue());
		}
		for (int round = 1; round <= ROUNDS; round++) {
			List<Map.Entry<String, String>> parameters = new ArrayList<>();
			values.forEach((name, value) -> parameters.add(Map.entry(name, value)));
			extra.forEach((name, value) -> parameters.add(Map.entry(name, value)));
			Response response = this.actor.post(action, parameters);
			if ((response.status() == 302 || response.status() == 303) && response.location() != null
					&& !response.location().contains("/login")) {
				return new Stored(values);
			}
			List<String> refused = response.isHtml()
					? response.document().select("[aria-invalid=true]").eachAttr("name") : List.of();
			if (refused.isEmpty()) {
				throw new AssertionError("The form " + action + " was refused (" + response.status()
						+ ") without saying which field: "
						+ (response.isHtml() ? response.document().select("[role=alert]").text() : response.body()));
			}
			for (String name : refused) {
				Forms.Control control = byName.get(name);
				String current = values.get(name);
				String plausible = plausible(control);
				values.put(name,
						(control.visibleText() && !current.equals(plausible) && current.equals(hostile.apply(control)))
								? plausible : control.chosenValue());
			}
		}
		throw new AssertionError(
				"The form " + action + " was still refused after " + ROUNDS + " rounds: " + values.keySet());
	}

	/** A value a person might type into a field of this kind. */
	private String plausible(Forms.Control control) {
		return switch (control.type()) {
			case "email" -> "hostile-" + this.token + "@example.com";
			case "url" -> "https://example.com/" + this.token;
			case "tel" -> "+49 40 123456";
			case "date" -> LocalDate.now().plusDays(30).toString();
			case "number" -> "100";
			case "textarea" -> "Plain text " + this.token;
			default -> "Plain " + this.token;
		};
	}

}
