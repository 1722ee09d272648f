package com.jobboard.web;

import java.util.List;

/**
 * A feed that offers what a page shows, announced in the page's head as
 * {@code <link rel="alternate" type="application/atom+xml">}. Pages put a list of them in
 * the model as {@code feeds}; the layout renders them.
 *
 * @param titleKey the message key of the feed's title
 * @param titleArguments the arguments of that message
 * @param href the feed's site path, with its query
 */
public record FeedLink(String titleKey, List<String> titleArguments, String href) {

	/** The name of the model attribute the layout reads. */
	public static final String MODEL_ATTRIBUTE = "feeds";

	public FeedLink {
		titleArguments = List.copyOf(titleArguments);
	}

	/** The arguments as the array Thymeleaf's {@code #messages.msgWithParams} takes. */
	public Object[] titleArgumentArray() {
		return this.titleArguments.toArray();
	}

}
