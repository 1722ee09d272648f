package com.jobboard.company;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobboard.job.JobSummary;
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

	private final Cache<String, Rendered> cache;

	RenderedProfiles(ViewResolver viewResolver,
			@Value("${jobboard.profile-cache.maximum-size:5000}") long maximumSize) {
		this.viewResolver = viewResolver;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/** The page's HTML with the view count filled in. */
	String html(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String key = page.profile().slug() + "|" + locale.toLanguageTag();
		List<Long> openJobIds = page.openJobs().stream().map(JobSummary::id).toList();
		Rendered rendered = this.cache.getIfPresent(key);
		if (rendered == null || !rendered.isFor(page.profile(), openJobIds)) {
			rendered = new Rendered(page.profile(), openJobIds, render(page, locale, request, response));
			this.cache.put(key, rendered);
		}
		return rendered.withViews(page.views());
	}

	/** The page rendered for this request alone, for people whose header differs from everyone's. */
	String renderUncached(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		List<Long> openJobIds = page.openJobs().stream().map(JobSummary::id).toList();
		return new Rendered(page.profile(), openJobIds, render(page, locale, request, response)).withViews(page.views());
	}

	private String[] render(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		View view = this.viewResolver.resolveViewName(VIEW_NAME, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + VIEW_NAME);
		}
		StringWriter html = new StringWriter();
		Map<String, Object> model = Map.of("page", page, "profile", page.profile(), "viewsValue", MARKER,
				"viewsText", MARKER);
		view.render(model, request, new CapturingResponse(response, html));
		return html.toString().split(Pattern.quote(MARKER), -1);
	}

	/** The rendered page cut at each place the count goes. */
	private record Rendered(CompanyProfile profile, List<Long> openJobIds, String[] parts) {

		boolean isFor(CompanyProfile current, List<Long> currentOpenJobIds) {
			return this.profile == current && this.openJobIds.equals(currentOpenJobIds);
		}

		String withViews(long views) {
			String value = Long.toString(views);
			String text = String.format(Locale.ENGLISH, "%,d", views);
			StringBuilder html = new StringBuilder(this.parts[0].length() * 2);
			html.append(this.parts[0]);
			// The count appears as a machine-readable value, then as text: <data value="1234">1,234</data>.
			for (int i = 1; i < this.parts.length; i++) {
				html.append((i % 2 == 1) ? value : text).append(this.parts[i]);
			}
			return html.toString();
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
