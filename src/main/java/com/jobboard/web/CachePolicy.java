package com.jobboard.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Cache-Control of every page, in one place (Spring Security's blanket
 * {@code no-store} is switched off in security.SecurityConfiguration):
 * <ul>
 * <li>{@code no-store} for anything private: a signed-in person's requests, admin pages,
 * forms (their CSRF token belongs to one session), anything but GET and HEAD, a language
 * switch (it sets a cookie), and every page not named below;</li>
 * <li>{@code no-cache} (with the ETag of {@link EtagConfiguration}) for the anonymous
 * company profile and job page, whose every view is counted: a browser asks again each
 * time, and gets 304 when nothing changed;</li>
 * <li>{@code public, max-age=60} for the anonymous lists and search results: home,
 * /companies, /jobs.</li>
 * </ul>
 * Pages vary with {@code Accept-Language, Cookie} ({@link Languages#VARY}). Controllers
 * that set their own Cache-Control (sitemaps, robots.txt, statistics, logos) keep it; the
 * API and static files have their own. The profile fast lane
 * (company.AnonymousProfileFilter) answers before this and sends {@code no-cache} itself.
 */
@Configuration(proxyBeanMethods = false)
class CachePolicy implements WebMvcConfigurer {

	static final String PRIVATE = "no-store";

	static final String COUNTED = "no-cache";

	static final String LIST = "public, max-age=60";

	private static final Pattern LISTS = Pattern.compile("^/(companies|jobs)?$");

	private static final Pattern COUNTED_PAGES = Pattern
		.compile("^/companies/[a-z0-9]+(?:-[a-z0-9]+)*$|^/jobs/\\d+(?:/[^/]+)?$");

	private static final Pattern FEEDS = Pattern.compile("\\.atom$");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Interceptor()).excludePathPatterns("/assets/**", "/api", "/api/**");
	}

	/** The Cache-Control a page of this request gets. */
	static String cacheControl(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || signedIn() || switchesLanguage(request)) {
			return PRIVATE;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (LISTS.matcher(path).matches()) {
			return LIST;
		}
		if (COUNTED_PAGES.matcher(path).matches() || FEEDS.matcher(path).find()) {
			return COUNTED;
		}
		return PRIVATE;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean switchesLanguage(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && query.contains(Languages.PARAMETER + "=");
	}

	static final class Interceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String cacheControl = cacheControl(request);
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
			if (PRIVATE.equals(cacheControl)) {
				response.setHeader(HttpHeaders.PRAGMA, "no-cache");
				response.setDateHeader(HttpHeaders.EXPIRES, 0);
			}
			return true;
		}

	}

}
