package com.jobboard.company;

import java.io.IOException;

import com.jobboard.web.Languages;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * The one place that writes a profile page's response, for the fast lane
 * ({@link AnonymousProfileFilter}) and the controller alike, so that both send the same
 * headers. The security headers are set earlier, by security.SecurityHeaders.
 */
final class ProfileResponse {

	static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	/** Every view is counted: a browser asks again each time (see web.CachePolicy). */
	static final String CACHE_CONTROL = "no-cache";

	private ProfileResponse() {
	}

	static void write(HttpServletResponse response, byte[] html) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(html.length);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		Languages.varyByLanguage(response);
		response.getOutputStream().write(html);
	}

}
