package com.jobboard.company.admin;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for an upload over the limits of spring.servlet.multipart (413). The container refuses
 * such a request before any controller runs (reading the CSRF token already fails), so this is
 * the error page for that status, leading back to the form the upload came from.
 */
@Component
class UploadTooLargeErrorView implements ErrorViewResolver, Ordered {

	private static final Pattern COMPANY_FORM = Pattern.compile("^/admin/companies/(\\d+/edit|new)$");

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE) {
			return null;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString().substring(request.getContextPath().length()) : "";
		return new ModelAndView("companies/admin/upload-too-large",
				Map.of("backPath", COMPANY_FORM.matcher(path).matches() ? path : "/admin"), status);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
