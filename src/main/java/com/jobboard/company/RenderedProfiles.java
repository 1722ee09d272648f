package com.jobboard.company;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.jobboard.web.FeedLink;
import com.jobboard.web.LanguageLinks;
import com.jobboard.web.PageMeta;
import com.jobboard.web.SiteUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders each profile page once per change, with named gaps where the view count goes
 * ({@link RenderedPage}), and keeps it in the profile's {@link ProfileCache} entry.
 * Rendering the template is most of a profile view's cost; with this, a view costs a
 * lookup and a copy.
 */
@Component
class RenderedProfiles {

	static final String VIEW_NAME = "companies/profile";

	private final ViewResolver viewResolver;

	private final ProfileMeta profileMeta;

	private final SiteUrls siteUrls;

	private final ProfileCache cache;

	RenderedProfiles(ViewResolver viewResolver, ProfileMeta profileMeta, SiteUrls siteUrls, ProfileCache cache) {
		this.viewResolver = viewResolver;
		this.profileMeta = profileMeta;
		this.siteUrls = siteUrls;
		this.cache = cache;
	}

	/**
	 * The page, when it has already been rendered for the profile as it is now; empty
	 * when it has to be rendered first (by {@link #html}).
	 */
	Optional<RenderedPage> cached(ProfilePage page, Locale locale, HttpServletRequest request) {
		ProfileCache.Entry entry = this.cache.get(page.profile().slug());
		if (entry == null || entry.profile() != page.profile()) {
			return Optional.empty();
		}
		RenderedPage rendered = entry.pages().get(key(locale, request));
		return (rendered != null && rendered.lists(openJobIds(page))) ? Optional.of(rendered) : Optional.empty();
	}

	/**
	 * The page's HTML, encoded as UTF-8, with the view count filled in; rendered and kept
	 * if need be.
	 */
	byte[] html(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Optional<RenderedPage> cached = cached(page, locale, request);
		if (cached.isPresent()) {
			return cached.get().withViews(page.views());
		}
		RenderedPage rendered = render(page, locale, request, response, true);
		ProfileCache.Entry entry = this.cache.get(page.profile().slug());
		if (entry != null && entry.profile() == page.profile()) {
			entry.pages().put(key(locale, request), rendered);
			this.cache.reweigh(entry);
		}
		return rendered.withViews(page.views());
	}

	/**
	 * The page's absolute links (canonical, Open Graph, JSON-LD) name the site's address:
	 * it is part of the key.
	 */
	private String key(Locale locale, HttpServletRequest request) {
		return locale.toLanguageTag() + "|" + this.siteUrls.baseFor(request);
	}

	/**
	 * The page rendered for this request alone, for people whose header differs from
	 * everyone's.
	 */
	byte[] renderUncached(ProfilePage page, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		return render(page, locale, request, response, false).withViews(page.views());
	}

	private static List<Long> openJobIds(ProfilePage page) {
		return page.openJobs().stream().map(PublishedJob::id).toList();
	}

	/**
	 * @param shared whether the page is kept for other visitors: then nothing of this
	 * request's own (its query string) may go into it
	 */
	private RenderedPage render(ProfilePage page, Locale locale, HttpServletRequest request,
			HttpServletResponse response, boolean shared) throws Exception {
		View view = this.viewResolver.resolveViewName(VIEW_NAME, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + VIEW_NAME);
		}
		StringWriter html = new StringWriter();
		Map<String, Object> model = Map.of("page", page, "profile", page.profile(), "viewsValue",
				RenderedPage.Slot.VIEWS_VALUE.marker, "viewsText", RenderedPage.Slot.VIEWS_TEXT.marker,
				PageMeta.MODEL_ATTRIBUTE, this.profileMeta.of(page.profile()), FeedLink.MODEL_ATTRIBUTE,
				List.of(jobsFeed(page.profile())));
		if (shared) {
			request.setAttribute(LanguageLinks.SHARED_RENDERING, Boolean.TRUE);
		}
		try {
			view.render(model, request, new CapturingResponse(response, html));
		}
		finally {
			request.removeAttribute(LanguageLinks.SHARED_RENDERING);
		}
		return RenderedPage.of(html.toString(), locale, openJobIds(page));
	}

	/** The Atom feed of the company's open jobs, announced in the page's head. */
	static FeedLink jobsFeed(CompanyProfile profile) {
		return new FeedLink("feed.company.title", List.of(profile.name()), profile.path() + "/jobs.atom");
	}

	/**
	 * Lets the view write into a string while URLs are still encoded by the real
	 * response.
	 */
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
