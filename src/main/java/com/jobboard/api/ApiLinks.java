package com.jobboard.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.jobboard.web.SiteUrls;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The absolute addresses the API hands out: its own resources, the matching pages, feeds
 * and logos.
 */
@Component
class ApiLinks {

	private final SiteUrls siteUrls;

	ApiLinks(SiteUrls siteUrls) {
		this.siteUrls = siteUrls;
	}

	String absolute(String path) {
		return this.siteUrls.absolute(path);
	}

	/**
	 * HTML with links to the site's own paths made absolute, so that it works wherever a
	 * client shows it.
	 */
	String absoluteLinksIn(String html) {
		return this.siteUrls.absoluteLinksIn(html);
	}

	String companyResource(String slug) {
		return absolute("/api/companies/" + slug);
	}

	String jobResource(long id) {
		return absolute("/api/jobs/" + id);
	}

	/** The logo's address, or {@code null} without a logo. */
	String logo(String logoPath) {
		return (logoPath != null) ? absolute(logoPath) : null;
	}

	/**
	 * Addresses of the other pages of the list this request asked for: the same path and
	 * parameters (as the client wrote them) with another {@code page}.
	 */
	IntFunction<String> pagesOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<String> kept = new ArrayList<>();
		String query = request.getQueryString();
		if (query != null) {
			for (String parameter : query.split("&")) {
				String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
				if (!parameter.isEmpty() && !name.equals("page")) {
					kept.add(parameter);
				}
			}
		}
		String base = absolute(path) + "?" + (kept.isEmpty() ? "" : String.join("&", kept) + "&");
		return (page) -> base + "page=" + page;
	}

}
