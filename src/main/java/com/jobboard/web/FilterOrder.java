package com.jobboard.web;

import org.springframework.core.Ordered;

/**
 * The order of the whole servlet filter chain, in one place: each of our filters
 * registers with its constant here, and the framework's own filters are listed where they
 * run, so that the chain reads top to bottom.
 *
 * <ol>
 * <li>{@link #DIRECT_ERROR_REQUESTS}: a request for /error itself gets a 404
 * (web.DirectErrorRequests); Spring's character encoding filter runs at the same
 * place.</li>
 * <li>{@link #API_PROBLEMS}: errors under /api become problem details
 * (api.ApiProblemFilter); request metrics (Spring Boot's observation filter) run at the
 * same place.</li>
 * <li>{@link #SECURITY_HEADERS}: Content-Security-Policy and the rest, on every response
 * (security.SecurityHeaders).</li>
 * <li>{@link #REQUEST_LIMITS}: over-long addresses get 414 before anything reads them
 * (web.RequestLimits).</li>
 * <li>{@link #DATABASE_OUTAGE}: 503 at once while PostgreSQL is away
 * (system.DatabaseOutageFilter).</li>
 * <li>{@link #PROFILE_FAST_LANE}: an anonymous view of a cached profile page is answered
 * here (company.AnonymousProfileFilter), before everything below, which would cost more
 * than the page.</li>
 * <li>{@link #ETAG}: ETag and 304 for pages (web.EtagConfiguration).</li>
 * <li>{@link #SESSION}: Spring Session (JDBC), where the session is read.</li>
 * <li>{@link #SECURITY}: Spring Security's filter chains (the API's first, then the
 * site's).</li>
 * <li>then the DispatcherServlet.</li>
 * </ol>
 */
public final class FilterOrder {

	public static final int DIRECT_ERROR_REQUESTS = Ordered.HIGHEST_PRECEDENCE;

	public static final int API_PROBLEMS = Ordered.HIGHEST_PRECEDENCE + 1;

	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 2;

	public static final int REQUEST_LIMITS = Ordered.HIGHEST_PRECEDENCE + 3;

	public static final int DATABASE_OUTAGE = Ordered.HIGHEST_PRECEDENCE + 5;

	public static final int PROFILE_FAST_LANE = Ordered.HIGHEST_PRECEDENCE + 10;

	public static final int ETAG = Ordered.HIGHEST_PRECEDENCE + 30;

	/** Spring Session's SessionRepositoryFilter.DEFAULT_ORDER; listed, not set by us. */
	public static final int SESSION = Integer.MIN_VALUE + 50;

	/** Spring Boot's SecurityProperties.DEFAULT_FILTER_ORDER; listed, not set by us. */
	public static final int SECURITY = -100;

	private FilterOrder() {
	}

}
