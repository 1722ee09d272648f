package com.jobboard.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The head meta of pages that do not set their own {@link PageMeta}. Templates use it as
 * {@code @metaTags.forCurrentPage()}.
 *
 * <p>
 * Canonical addresses: a page's path without its query, except that a list's later pages
 * keep {@code page} when nothing else is asked. A search or a filtered list
 * ({@code /jobs?q=...}, {@code /companies?sector=...}) names the unfiltered list as
 * canonical: its results are a view of that list, not a document of their own. Error
 * pages have none.
 */
@Component("metaTags")
public class MetaTags {

	private final HttpServletRequest request;

	private final SiteUrls siteUrls;

	MetaTags(HttpServletRequest request, SiteUrls siteUrls) {
		this.request = request;
		this.siteUrls = siteUrls;
	}

	public PageMeta forCurrentPage() {
		if (isErrorPage()) {
			return new PageMeta(null, "website", null, null);
		}
		return PageMeta.website(this.siteUrls.absolute(canonicalPath()));
	}

	private boolean isErrorPage() {
		return this.request.getDispatcherType() == DispatcherType.ERROR
				|| this.request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
	}

	private String canonicalPath() {
		String path = this.request.getRequestURI().substring(this.request.getContextPath().length());
		String query = this.request.getQueryString();
		if (query == null || query.isEmpty()) {
			return path;
		}
		MultiValueMap<String, String> params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
		boolean onlyPage = params.entrySet()
			.stream()
			.filter((param) -> !param.getValue().stream().allMatch((value) -> value == null || value.isEmpty()))
			.map(Map.Entry::getKey)
			.allMatch("page"::equals);
		List<String> pages = params.getOrDefault("page", List.of());
		if (onlyPage && pages.size() == 1 && pages.get(0) != null && pages.get(0).matches("[1-9][0-9]{0,4}")) {
			int page = Integer.parseInt(pages.get(0));
			if (page > 1 && page <= PageNumbers.MAX_PAGE) {
				return path + "?page=" + page;
			}
		}
		return path;
	}

}
