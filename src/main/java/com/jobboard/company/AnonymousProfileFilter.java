package com.jobboard.company;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.jobboard.web.FilterOrder;
import com.jobboard.web.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The profile page's fast lane. Most profile views come from people who are not signed in
 * and whose page is already rendered for the profile as it is now: for them the page is
 * served here, before the session, security and MVC machinery, which would otherwise cost
 * more than the page. It counts the view; it asks the database nothing while the
 * {@link ProfileCache} is told of every change (see {@link CompanyProfiles}). Anything
 * else (signed-in people, a page not yet rendered, an unknown or former slug) goes down
 * the normal path to {@link CompanyController}, which renders the page and fills the
 * cache.
 */
class AnonymousProfileFilter extends OncePerRequestFilter {

	/**
	 * A page opened here but not yet rendered: the controller takes it over instead of
	 * opening it again.
	 */
	static final String OPENED_PAGE = AnonymousProfileFilter.class.getName() + ".openedPage";

	private static final Pattern PROFILE_PATH = Pattern.compile("^/companies/([a-z0-9]+(?:-[a-z0-9]+)*)$");

	private final CompanyProfiles profiles;

	private final RenderedProfiles renderedProfiles;

	private final String sessionCookie;

	AnonymousProfileFilter(CompanyProfiles profiles, RenderedProfiles renderedProfiles, String sessionCookie) {
		this.profiles = profiles;
		this.renderedProfiles = renderedProfiles;
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A language switch (?lang=de) goes to Spring MVC, which stores the choice in a
		// cookie.
		return !"GET".equals(request.getMethod()) || hasSession(request) || switchesLanguage(request);
	}

	private static boolean switchesLanguage(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && query.contains(Languages.PARAMETER + "=");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = PROFILE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!path.matches()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ProfilePage> page = this.profiles.open(path.group(1));
		// The same language Spring MVC would choose: the visitor's cookie, else
		// Accept-Language.
		Locale locale = Languages.resolve(request);
		Optional<RenderedPage> html = page.flatMap((found) -> this.renderedProfiles.cached(found, locale, request));
		if (html.isEmpty()) {
			page.ifPresent((opened) -> request.setAttribute(OPENED_PAGE, opened));
			chain.doFilter(request, response);
			return;
		}
		ProfileResponse.write(response, html.get().withViews(this.profiles.countView(page.get().profile(), request)));
	}

	private boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Where in the chain: see web.FilterOrder. */
		@Bean
		FilterRegistrationBean<AnonymousProfileFilter> anonymousProfileFilter(CompanyProfiles profiles,
				RenderedProfiles renderedProfiles,
				@Value("${server.servlet.session.cookie.name:JOBBOARD_SESSION}") String sessionCookie) {
			FilterRegistrationBean<AnonymousProfileFilter> registration = new FilterRegistrationBean<>(
					new AnonymousProfileFilter(profiles, renderedProfiles, sessionCookie));
			registration.addUrlPatterns("/companies/*");
			registration.setOrder(FilterOrder.PROFILE_FAST_LANE);
			return registration;
		}

	}

}
