package com.jobboard.hostile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The forms of the pages a person has seen, by the address they post to, and what
 * submitting one sends: the values a browser would send as the page stands, without
 * pressing a named button.
 */
final class Forms {

	private final Map<String, List<Control>> byAction = new HashMap<>();

	/**
	 * One field of a form as the page has it.
	 *
	 * @param options the values a select offers (empty for other controls)
	 */
	record Control(String name, String value, String type, boolean visibleText, List<String> options) {

		/**
		 * The value, or for an unchosen select its first real option: what a person who
		 * must choose picks.
		 */
		String chosenValue() {
			if (this.value.isEmpty() && !this.options.isEmpty()) {
				return this.options.stream().filter((option) -> !option.isEmpty()).findFirst().orElse("");
			}
			return this.value;
		}

	}

	/** Remembers the POST forms of the page. */
	void collect(Document page) {
		for (Element form : page.select("form[method=post]")) {
			String action = form.attr("action");
			if (!action.isEmpty()) {
				this.byAction.put(action.split("\\?")[0], controls(form));
			}
		}
	}

	Optional<List<Control>> posting(String path) {
		return Optional.ofNullable(this.byAction.get(path));
	}

	static List<Control> controls(Element form) {
		List<Control> controls = new ArrayList<>();
		for (Element control : form.select("input, select, textarea")) {
			String name = control.attr("name");
			String type = control.normalName().equals("input") ? control.attr("type").toLowerCase()
					: control.normalName();
			if (name.isEmpty() || name.equals("_csrf") || type.equals("file") || type.equals("submit")
					|| type.equals("button") || type.equals("image") || type.equals("reset")) {
				continue;
			}
			if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
				continue;
			}
			String value;
			List<String> options = control.select("option").stream().map(Element::val).toList();
			if (control.normalName().equals("select")) {
				Element selected = control.selectFirst("option[selected]");
				if (selected == null) {
					selected = control.selectFirst("option");
				}
				value = (selected != null) ? selected.val() : "";
			}
			else if (control.normalName().equals("textarea")) {
				value = control.wholeText();
			}
			else {
				value = control.val();
			}
			boolean hidden = control.parents().stream().anyMatch((parent) -> "true".equals(parent.attr("aria-hidden")));
			boolean text = !hidden && (type.isEmpty()
					|| List.of("text", "textarea", "search", "email", "url", "tel", "password").contains(type));
			controls.add(new Control(name, value, type.isEmpty() ? "text" : type, text, options));
		}
		return controls;
	}

}
