package com.jobboard.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds links to other pages of the current list, keeping every filter of the current
 * request. Templates use it as {@code @pageLinks.to(n)}.
 */
@Component("pageLinks")
public class PageLinks {

	private final HttpServletRequest request;

	PageLinks(HttpServletRequest request) {
		this.request = request;
	}

	/** A relative link to the given one-based page of the current list. */
	public String to(int page) {
		return UriComponentsBuilder.fromPath(this.request.getRequestURI())
			.query(this.request.getQueryString())
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}

}
