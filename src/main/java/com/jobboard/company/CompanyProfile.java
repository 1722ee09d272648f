package com.jobboard.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jobboard.address.Address;
import com.jobboard.markdown.Article;

/**
 * Everything the public profile page shows of a company except its view count: an
 * immutable snapshot, cached between edits.
 *
 * @param headquarters the short line people wrote ("Hamburg, Germany")
 * @param address the postal address, every part optional (empty when none is given)
 */
public record CompanyProfile(long id, String slug, String name, String tagline, Long logoId, LocalDate foundedDate,
		SizeBand sizeBand, String headquarters, String website, String email, String phone,
		List<SocialLink> socialLinks, List<String> sectors, Article description, String excerpt,
		List<PublishedJob> publishedJobs, ProfileFingerprint fingerprint, Address address) {

	public CompanyProfile {
		address = (address != null) ? address : new Address(null, null, null, null, null);
	}

	/**
	 * The description's HTML, its headings carrying the ids the table of contents links
	 * to.
	 */
	public String descriptionHtml() {
		return this.description.html();
	}

	/**
	 * The jobs still open at the given instant; expiry takes effect at once, without any
	 * rewrite.
	 */
	public List<PublishedJob> openJobsAt(Instant now) {
		return this.publishedJobs.stream().filter((job) -> job.isOpenAt(now)).toList();
	}

	/**
	 * Confirmed follows of the company (job alerts for its new jobs): part of the
	 * fingerprint, so always current.
	 */
	public long followers() {
		return this.fingerprint.followers();
	}

	public String path() {
		return "/companies/" + this.slug;
	}

	public String logoPath() {
		return (this.logoId != null) ? "/logos/" + this.logoId : null;
	}

}
