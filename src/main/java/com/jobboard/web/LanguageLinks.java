package com.jobboard.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The footer's language switch: a link per language to the current page (with its
 * filters) in that language. Templates use it as {@code @languageLinks.to('de')}. Plain
 * links, so the switch works without JavaScript.
 */
@Component("languageLinks")
public class LanguageLinks {

	/**
	 * A request attribute telling that the page is rendered to be shared with other
	 * visitors (a cached profile page): its links then leave out this request's query,
	 * which may be anybody's.
	 */
	public static final String SHARED_RENDERING = LanguageLinks.class.getName() + ".shared";

	private final HttpServletRequest request;

	LanguageLinks(HttpServletRequest request) {
		this.request = request;
	}

	/** The languages to offer, in a fixed order. */
	public List<Locale> languages() {
		return Languages.SUPPORTED;
	}

	/** A relative link to this page in the given language ({@code ?q=robots&lang=de}). */
	public String to(String language) {
		UriComponentsBuilder link = UriComponentsBuilder.newInstance();
		if (this.request.getAttribute(SHARED_RENDERING) == null) {
			link.query(this.request.getQueryString());
		}
		return link.replaceQueryParam(Languages.PARAMETER, language).build(true).toUriString();
	}

}
