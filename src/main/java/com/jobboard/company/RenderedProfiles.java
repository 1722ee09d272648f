package com.jobboard.company;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobboard.job.JobSummary;
import com.jobboard.web.FeedLink;
import com.jobboard.web.LanguageLinks;
import com.jobboard.web.PageMeta;
import com.jobboard.web.SiteUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Keeps each profile page's HTML, rendered once per change, with a gap where the view count
 * goes. Rendering the template is most of a profile view's cost; with this, a view costs the
 * freshness check and a string join. An entry is used only while the profile's fingerprint and
 * the set of open jobs are what they were when it was rendered.
 */
@Component
class RenderedProfiles {

	static final String VIEW_NAME = "companies/profile";

	/** Random, so no text a company writes can contain it. */
	private static final String MARKER = "views-" + UUID.randomUUID().toString().replace("-", "");

	private final ViewResolver viewResolver;

	private final ProfileMeta profileMeta;

	private final SiteUrls siteUrls;

	private final Cache<String, Rendered> cache;

	RenderedProfiles(ViewResolver viewResolver, ProfileMeta profileMeta, SiteUrls siteUrls,
			@Value("${jobboard.profile-cache.maximum-size:5000}") long maximumSize) {
		this.viewResolver = viewResolver;
		this.profileMeta = profileMeta;
		this.siteUrls = siteUrls;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * The page's HTML for a view count, when it has already been rendered for the profile as it
	 * is now; empty when it has to be rendered first (by {@link #html}).
	 */
	Optional<LongFunction<byte[]>> cached(ProfilePage page, Locale locale, HttpServletRequest request) {
		Rendered rendered = this.cache.getIfPresent(key(page, locale, request));
		List<Long> openJobIds = page.openJobs().stream().map(JobSummary::id).toList();
		if (rendered == null || !rendered.isFor(page.profile(), openJobIds)) {
			return Optional.empty();
		}
		return Optional.of(rendered::withViews);
	}

	/** The page's HTML, encoded as UTF-8, with the view count filled in. */
	byte[] html(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String key = key(page, locale, request);
		List<Long> openJobIds = page.openJobs().stream().map(JobSummary::id).toList();
		Rendered rendered = this.cache.getIfPresent(key);
		if (rendered == null || !rendered.isFor(page.profile(), openJobIds)) {
			rendered = new Rendered(page.profile(), openJobIds, locale, render(page, locale, request, response, true));
			this.cache.put(key, rendered);
		}
		return rendered.withViews(page.views());
	}

	/** The page's absolute links (canonical, Open Graph, JSON-LD) name the site's address: it is part of the key. */
	private String key(ProfilePage page, Locale locale, HttpServletRequest request) {
		return page.profile().slug() + "|" + locale.toLanguageTag() + "|" + this.siteUrls.baseFor(request);
	}

	/** The page rendered for this request alone, for people whose header differs from everyone's. */
	byte[] renderUncached(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		List<Long> openJobIds = page.openJobs().stream().map(JobSummary::id).toList();
		return new Rendered(page.profile(), openJobIds, locale, render(page, locale, request, response, false))
			.withViews(page.views());
	}

	/**
	 * @param shared whether the page is kept for other visitors: then nothing of this request's
	 * own (its query string) may go into it
	 */
	private String[] render(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response,
			boolean shared) throws Exception {
		View view = this.viewResolver.resolveViewName(VIEW_NAME, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + VIEW_NAME);
		}
		StringWriter html = new StringWriter();
		Map<String, Object> model = Map.of("page", page, "profile", page.profile(), "viewsValue", MARKER,
				"viewsText", MARKER, PageMeta.MODEL_ATTRIBUTE, this.profileMeta.of(page.profile()),
				FeedLink.MODEL_ATTRIBUTE, List.of(jobsFeed(page.profile())));
		if (shared) {
			request.setAttribute(LanguageLinks.SHARED_RENDERING, Boolean.TRUE);
		}
		try {
			view.render(model, request, new CapturingResponse(response, html));
		}
		finally {
			request.removeAttribute(LanguageLinks.SHARED_RENDERING);
		}
		return html.toString().split(Pattern.quote(MARKER), -1);
	}

	/** The Atom feed of the company's open jobs, announced in the page's head. */
	static FeedLink jobsFeed(CompanyProfile profile) {
		return new FeedLink("feed.company.title", List.of(profile.name()), profile.path() + "/jobs.atom");
	}

	/**
	 * The rendered page cut at each place the count goes, already encoded: encoding a long page
	 * to UTF-8 on every view costs more than everything else the view does.
	 */
	private static final class Rendered {

		private final CompanyProfile profile;

		private final List<Long> openJobIds;

		private final byte[][] parts;

		private final int length;

		private final Locale locale;

		Rendered(CompanyProfile profile, List<Long> openJobIds, Locale locale, String[] parts) {
			this.profile = profile;
			this.openJobIds = openJobIds;
			this.locale = locale;
			this.parts = new byte[parts.length][];
			int total = 0;
			for (int i = 0; i < parts.length; i++) {
				this.parts[i] = parts[i].getBytes(StandardCharsets.UTF_8);
				total += this.parts[i].length;
			}
			this.length = total;
		}

		boolean isFor(CompanyProfile current, List<Long> currentOpenJobIds) {
			return this.profile == current && this.openJobIds.equals(currentOpenJobIds);
		}

		byte[] withViews(long views) {
			// The count appears as a machine-readable value, then as text in the page's language:
			// <data value="1234">1,234</data> in English, 1.234 in German.
			byte[] value = Long.toString(views).getBytes(StandardCharsets.US_ASCII);
			byte[] text = String.format(this.locale, "%,d", views).getBytes(StandardCharsets.UTF_8);
			int gaps = this.parts.length - 1;
			byte[] html = new byte[this.length + (gaps / 2 + gaps % 2) * value.length + (gaps / 2) * text.length];
			int at = 0;
			for (int i = 0; i < this.parts.length; i++) {
				if (i > 0) {
					byte[] count = (i % 2 == 1) ? value : text;
					System.arraycopy(count, 0, html, at, count.length);
					at += count.length;
				}
				System.arraycopy(this.parts[i], 0, html, at, this.parts[i].length);
				at += this.parts[i].length;
			}
			return html;
		}

	}

	/** Lets the view write into a string while URLs are still encoded by the real response. */
	private static final class CapturingResponse extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		CapturingResponse(HttpServletResponse response, StringWriter target) {
			super(response);
			this.writer = new PrintWriter(target);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public void setContentType(String type) {
			// The controller sets the real response's type.
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

	}

}
