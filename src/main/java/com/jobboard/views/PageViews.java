package com.jobboard.views;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import com.jobboard.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides, on the server, which requests for a page are views, and counts them.
 *
 * <p>
 * A view is a GET of the page by a person. Not views: HEAD requests; prefetches and
 * prerenders (the browser fetches the page in case it is opened:
 * {@code Sec-Purpose: prefetch…}, {@code Purpose: prefetch}, {@code X-Purpose: preview},
 * {@code X-Moz: prefetch}); crawlers, bots and scripts, and requests without a user agent
 * ({@link CrawlerUserAgents}); the page's own company's employers and admins. Callers
 * count only pages they found and are about to send, never an error or a redirect.
 *
 * <p>
 * Each view carries its visitor, a digest of their address and user agent, so that the
 * day's unique visitors can be counted; the digest stays in memory and only its keyed
 * hash is stored (see {@link VisitorSecrets}).
 */
@Component
public class PageViews {

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No SHA-256 in this JVM", ex);
		}
	});

	private final ViewCounter counter;

	private final CrawlerUserAgents crawlers;

	private final CurrentUser currentUser;

	private final boolean countingEnabled;

	PageViews(ViewCounter counter, CrawlerUserAgents crawlers, CurrentUser currentUser, ViewsProperties properties) {
		this.counter = counter;
		this.crawlers = crawlers;
		this.currentUser = currentUser;
		this.countingEnabled = properties.countingEnabled();
	}

	/**
	 * Counts the request as a view of the page when it is one.
	 * @param subject what the page shows
	 * @param subjectId its id
	 * @param companyId the company it belongs to: its own people's visits are not views
	 * @return the page's total views, this request's included when it was one
	 */
	public long count(HttpServletRequest request, ViewSubject subject, long subjectId, long companyId) {
		if (this.countingEnabled && isView(request, companyId)) {
			return this.counter.countView(subject, subjectId, visitor(request));
		}
		return this.counter.totalViews(subject, subjectId);
	}

	/** The page's total views, with those this instance has not written yet. */
	public long total(ViewSubject subject, long subjectId) {
		return this.counter.totalViews(subject, subjectId);
	}

	/** Whether the request, for a page of the company, is a view by a person. */
	boolean isView(HttpServletRequest request, long companyId) {
		return "GET".equals(request.getMethod()) && !isSpeculative(request)
				&& !this.crawlers.isCrawler(request.getHeader(HttpHeaders.USER_AGENT))
				&& !this.currentUser.isStaffOf(companyId);
	}

	/**
	 * A prefetch or prerender: the browser loads the page in case the person opens it.
	 */
	static boolean isSpeculative(HttpServletRequest request) {
		// Sec-Purpose is only ever sent for speculative loads ("prefetch",
		// "prefetch;prerender", ...).
		String secPurpose = request.getHeader("Sec-Purpose");
		if (secPurpose != null && !secPurpose.isBlank()) {
			return true;
		}
		return headerIs(request, "Purpose", "prefetch") || headerIs(request, "X-Purpose", "preview")
				|| headerIs(request, "X-Purpose", "prefetch") || headerIs(request, "X-Moz", "prefetch");
	}

	private static boolean headerIs(HttpServletRequest request, String name, String value) {
		String header = request.getHeader(name);
		return header != null && header.trim().toLowerCase(Locale.ROOT).equals(value);
	}

	/**
	 * Who is visiting, as 64 bits of a digest of their address and user agent (kept in
	 * memory only).
	 */
	static long visitor(HttpServletRequest request) {
		MessageDigest sha256 = SHA_256.get();
		sha256.reset();
		sha256.update(String.valueOf(request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
		sha256.update((byte) '\n');
		sha256.update(String.valueOf(request.getHeader(HttpHeaders.USER_AGENT)).getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.wrap(sha256.digest()).getLong();
	}

}
