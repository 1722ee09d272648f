package com.jobboard.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every page speaks the request's language ({@link Languages}): the footer's
 * {@code ?lang=de} links set it, and responses say that they vary with the browser's
 * language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/** The bean name Spring MVC's DispatcherServlet looks for. */
	@Bean
	LocaleResolver localeResolver(SiteUrls siteUrls) {
		return new ChosenOrAcceptedLocaleResolver(siteUrls.https());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/assets/**");
		registry.addInterceptor(new VaryByLanguage()).excludePathPatterns("/assets/**");
	}

	/**
	 * The footer's switch: {@code ?lang=de} stores the choice. Only the query string is
	 * read, never a form's body (a refused upload must still reach its error page without
	 * being parsed again).
	 */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String query = request.getQueryString();
			if (query == null || request.getDispatcherType() != DispatcherType.REQUEST) {
				return true;
			}
			String chosen = UriComponentsBuilder.newInstance()
				.query(query)
				.build()
				.getQueryParams()
				.getFirst(Languages.PARAMETER);
			if (chosen != null) {
				LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null) {
					Languages.supported(chosen).ifPresent((locale) -> resolver.setLocale(request, response, locale));
				}
			}
			return true;
		}

	}

	/**
	 * Adds {@code Vary: Accept-Language, Cookie}: the same address answers in the
	 * visitor's language.
	 */
	static final class VaryByLanguage implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Languages.varyByLanguage(response);
			return true;
		}

	}

	/**
	 * The explicit choice (this request's, then the cookie's), else
	 * {@code Accept-Language}. Only supported languages are ever stored or answered.
	 */
	static final class ChosenOrAcceptedLocaleResolver implements LocaleResolver {

		private static final String CHOSEN = ChosenOrAcceptedLocaleResolver.class.getName() + ".chosen";

		/** Whether the site's address is https: then the cookie is always Secure. */
		private final boolean httpsSite;

		ChosenOrAcceptedLocaleResolver(boolean httpsSite) {
			this.httpsSite = httpsSite;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return (request.getAttribute(CHOSEN) instanceof Locale chosen) ? chosen : Languages.resolve(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale supported = (locale != null) ? Languages.supported(locale.toLanguageTag()).orElse(null) : null;
			if (supported == null || response == null) {
				return;
			}
			request.setAttribute(CHOSEN, supported);
			ResponseCookie cookie = ResponseCookie.from(Languages.COOKIE, supported.getLanguage())
				.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.secure(this.httpsSite || request.isSecure())
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}

	}

}
