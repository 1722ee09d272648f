package com.jobboard.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container sends a failed request to render its
 * error page; asked for directly it has no error to show, and Spring Boot's error
 * controller answers 500. A direct request is answered as what it is: a page that does
 * not exist.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> directErrorRequestsFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (request.getDispatcherType() == DispatcherType.REQUEST
								&& (request.getContextPath() + "/error").equals(request.getRequestURI())) {
							response.sendError(HttpServletResponse.SC_NOT_FOUND);
							return;
						}
						chain.doFilter(request, response);
					}

				});
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.addUrlPatterns("/error");
		registration.setOrder(FilterOrder.DIRECT_ERROR_REQUESTS);
		registration.setName("directErrorRequests");
		return registration;
	}

}
