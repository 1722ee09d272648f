package com.jobboard.web;

import java.util.Arrays;
import java.util.List;

/**
 * What to tell the person after a form or a button, as a message code and its arguments:
 * the words are looked up in the request's language where the answer is made
 * ({@link FormAnswers}), never in a service.
 *
 * @param next a second sentence said after this one, or {@code null}
 */
public record Notice(String code, List<Object> arguments, Notice next) {

	public Notice {
		arguments = List.copyOf(arguments);
	}

	public static Notice of(String code, Object... arguments) {
		return new Notice(code, Arrays.asList(arguments), null);
	}

	/** This notice followed by another sentence. */
	public Notice then(Notice more) {
		return new Notice(this.code, this.arguments, (this.next != null) ? this.next.then(more) : more);
	}

	/** The words in the current request's language. */
	String text(Messages messages) {
		String text = messages.get(this.code, this.arguments.toArray());
		return (this.next != null) ? text + " " + this.next.text(messages) : text;
	}

}
