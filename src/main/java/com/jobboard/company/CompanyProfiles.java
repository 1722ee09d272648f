package com.jobboard.company;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobboard.job.JobCatalog;
import com.jobboard.job.JobSummary;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.views.PageViews;
import com.jobboard.views.ViewSubject;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Serves public profile pages fast: a profile is assembled once per change and kept in memory;
 * each page view checks it against the database with one cheap statement, so an edit made on any
 * instance shows at once, and counts the view in memory.
 */
@Service
public class CompanyProfiles {

	private final ProfileFingerprints fingerprints;

	private final CompanyRepository companies;

	private final JobCatalog jobs;

	private final PageViews pageViews;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final SlugHistory slugHistory;

	private final Cache<String, CompanyProfile> cache;

	CompanyProfiles(ProfileFingerprints fingerprints, CompanyRepository companies, JobCatalog jobs,
			PageViews pageViews, MarkdownRenderer markdown, Clock clock, SlugHistory slugHistory,
			@Value("${jobboard.profile-cache.maximum-size:5000}") long maximumSize) {
		this.fingerprints = fingerprints;
		this.slugHistory = slugHistory;
		this.companies = companies;
		this.jobs = jobs;
		this.pageViews = pageViews;
		this.markdown = markdown;
		this.clock = clock;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * The public profile page of a company, with its views as they stand: a request that is a view
	 * is counted afterwards, by {@link #countView}, once the page is known to be there.
	 * @param slug the company's slug
	 * @return the page, or empty when no public company has that slug
	 */
	public Optional<ProfilePage> open(String slug) {
		Optional<ProfileFingerprint> current = this.fingerprints.ofPublicCompany(slug);
		if (current.isEmpty()) {
			this.cache.invalidate(slug);
			return Optional.empty();
		}
		ProfileFingerprint fingerprint = current.get();
		CompanyProfile profile = this.cache.getIfPresent(slug);
		if (profile == null || !profile.fingerprint().equals(fingerprint)) {
			profile = load(slug, fingerprint);
			if (profile == null) {
				return Optional.empty();
			}
			this.cache.put(slug, profile);
		}
		long views = this.pageViews.total(ViewSubject.COMPANY, profile.id());
		Instant now = this.clock.instant();
		return Optional.of(new ProfilePage(profile, profile.openJobsAt(now), views));
	}

	/**
	 * Counts the request as a view of an opened profile when it is one: a GET by a person, not a
	 * bot, a prefetch or the company's own people (see {@link PageViews}).
	 * @return the company's total views, this request's included when it was a view
	 */
	long countView(CompanyProfile profile, HttpServletRequest request) {
		return this.pageViews.count(request, ViewSubject.COMPANY, profile.id(), profile.id());
	}

	/**
	 * Where a public company lives now when the slug is one it used before. Only asked after
	 * {@link #open} found nothing, so a profile view still costs its one freshness statement.
	 * @param formerSlug a slug no public company has now
	 * @return the company's current slug, or empty when the slug never belonged to a public company
	 */
	public Optional<String> movedTo(String formerSlug) {
		return this.slugHistory.currentPublicSlug(formerSlug);
	}

	private CompanyProfile load(String slug, ProfileFingerprint fingerprint) {
		Company company = this.companies.findWithSectorsBySlug(slug).filter(Company::isPublic).orElse(null);
		if (company == null) {
			return null;
		}
		List<JobSummary> published = this.jobs.publishedJobsOf(company.getId());
		List<String> sectors = company.getSectors().stream().map(Sector::getName).toList();
		String excerpt = this.markdown.plainExcerpt(company.getDescriptionHtml(), 160);
		return new CompanyProfile(company.getId(), company.getSlug(), company.getName(), company.getTagline(),
				company.getLogoId(), company.getFoundedDate(), company.getSizeBand(), company.getHeadquarters(),
				company.getWebsite(), company.getEmail(), company.getPhone(), List.copyOf(company.socialLinks()),
				sectors, this.markdown.article(company.getDescriptionHtml()), excerpt, published, fingerprint,
				company.address());
	}

}
