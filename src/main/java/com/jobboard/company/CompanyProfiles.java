package com.jobboard.company;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.views.PageViews;
import com.jobboard.views.ViewSubject;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;

/**
 * Serves public profile pages fast: a profile is assembled once per change and kept in
 * the {@link ProfileCache}. While the cache is told of every change
 * ({@link ProfileChangeListener}), a view asks the database nothing; otherwise each view
 * checks the profile against the database with one cheap statement, so an edit made on
 * any instance shows at once. Views are counted in memory.
 */
@Service
public class CompanyProfiles {

	private final ProfileFingerprints fingerprints;

	private final CompanyRepository companies;

	private final CompanyJobs jobs;

	private final PageViews pageViews;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final SlugHistory slugHistory;

	private final ProfileCache cache;

	CompanyProfiles(ProfileFingerprints fingerprints, CompanyRepository companies, CompanyJobs jobs,
			PageViews pageViews, MarkdownRenderer markdown, Clock clock, SlugHistory slugHistory, ProfileCache cache) {
		this.fingerprints = fingerprints;
		this.slugHistory = slugHistory;
		this.companies = companies;
		this.jobs = jobs;
		this.pageViews = pageViews;
		this.markdown = markdown;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * The public profile page of a company, with its views as they stand: a request that
	 * is a view is counted afterwards, by {@link #countView}, once the page is known to
	 * be there.
	 * @param slug the company's slug
	 * @return the page, or empty when no public company has that slug
	 */
	public Optional<ProfilePage> open(String slug) {
		Instant now = this.clock.instant();
		ProfileCache.Entry entry = this.cache.fresh(slug, now);
		if (entry == null) {
			entry = checked(slug, now);
			if (entry == null) {
				return Optional.empty();
			}
		}
		CompanyProfile profile = entry.profile();
		long views = this.pageViews.total(ViewSubject.COMPANY, profile.id());
		return Optional.of(new ProfilePage(profile, profile.openJobsAt(now), views));
	}

	/**
	 * The entry after asking the database: the one kept when it is still current, else
	 * the profile loaded again.
	 */
	private ProfileCache.Entry checked(String slug, Instant now) {
		// Taken before anything is read: a change notified from now on makes the entry
		// stale again.
		ProfileCache.Stamp stamp = this.cache.stamp();
		Optional<ProfileFingerprint> current = this.fingerprints.ofPublicCompany(slug);
		if (current.isEmpty()) {
			this.cache.remove(slug);
			return null;
		}
		ProfileCache.Entry kept = this.cache.get(slug);
		if (kept != null && !this.cache.isListening() && kept.profile().fingerprint().equals(current.get())
				&& now.isBefore(kept.staleAt())) {
			// Not listening: the fingerprint check is all there is, as before pushed
			// invalidation.
			return kept;
		}
		CompanyProfile profile = load(slug, current.get());
		if (profile == null) {
			return null;
		}
		return this.cache.put(profile, stamp, now);
	}

	/**
	 * Counts the request as a view of an opened profile when it is one: a GET by a
	 * person, not a bot, a prefetch or the company's own people (see {@link PageViews}).
	 * @return the company's total views, this request's included when it was a view
	 */
	long countView(CompanyProfile profile, HttpServletRequest request) {
		return this.pageViews.count(request, ViewSubject.COMPANY, profile.id(), profile.id());
	}

	/**
	 * Where a public company lives now when the slug is one it used before. Only asked
	 * after {@link #open} found nothing, so a profile view asks nothing more.
	 * @param formerSlug a slug no public company has now
	 * @return the company's current slug, or empty when the slug never belonged to a
	 * public company
	 */
	public Optional<String> movedTo(String formerSlug) {
		return this.slugHistory.currentPublicSlug(formerSlug);
	}

	private CompanyProfile load(String slug, ProfileFingerprint fingerprint) {
		Company company = this.companies.findWithSectorsBySlug(slug).filter(Company::isPublic).orElse(null);
		if (company == null) {
			return null;
		}
		List<PublishedJob> published = List.copyOf(this.jobs.publishedJobsOf(company.getId()));
		List<String> sectors = company.getSectors().stream().map(Sector::getName).toList();
		String excerpt = this.markdown.plainExcerpt(company.getDescriptionHtml(), 160);
		return new CompanyProfile(company.getId(), company.getSlug(), company.getName(), company.getTagline(),
				company.getLogoId(), company.getFoundedDate(), company.getSizeBand(), company.getHeadquarters(),
				company.getWebsite(), company.getEmail(), company.getPhone(), company.getSocialLinks().links(), sectors,
				this.markdown.article(company.getDescriptionHtml()), excerpt, published, fingerprint,
				company.address());
	}

}
