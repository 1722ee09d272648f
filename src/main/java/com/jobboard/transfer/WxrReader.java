package com.jobboard.transfer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jobboard.company.admin.CompanyForm;
import com.jobboard.job.JobForm;
import com.jobboard.job.JobStatus;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.transfer.SourceRecords.CompanyRecord;
import com.jobboard.transfer.SourceRecords.JobRecord;

/**
 * Reads a WordPress export of WP Job Manager or WP Job Board Pro into our records, in a
 * few streaming passes over the file (what is kept between passes is small: attachment
 * paths and which employer each author is).
 *
 * <p>
 * The plugins' address fields go to our one location field (a job's {@code location}, a
 * company's {@code headquarters}) through {@link #location}: the one place to change when
 * structured addresses arrive.
 */
final class WxrReader {

	/** A job post of WP Job Board Pro has meta only that plugin writes. */
	private static final Set<String> JOB_BOARD_PRO_KEYS = Set.of("_job_posted_by", "_job_expiry_date",
			"_job_salary_type", "_job_apply_type", "_job_max_salary", "_job_address");

	private static final Set<String> JOB_MANAGER_KEYS = Set.of("_company_name", "_job_location", "_application",
			"_filled", "_job_expires", "_company_website");

	private final Path file;

	private String site;

	private ImportFormat format;

	/** Attachment post id → its file below wp-content/uploads. */
	private final Map<String, String> attachments = new HashMap<>();

	/** WP Job Board Pro: an employer's user id → the employer's post id. */
	private final Map<String, String> employersByUser = new HashMap<>();

	/**
	 * WP Job Board Pro: an author login → the employer's post id, when the author has one
	 * employer only.
	 */
	private final Map<String, String> employersByAuthor = new HashMap<>();

	private final Set<String> ambiguousAuthors = new HashSet<>();

	private int jobPosts;

	WxrReader(Path file) {
		this.file = file;
	}

	/**
	 * Reads the file once to tell which plugin wrote it; a WordPress export without job
	 * posts is refused.
	 */
	ImportFormat detect() {
		int[] hints = new int[2];
		this.site = WxrParser.read(this.file, (item) -> {
			if ("attachment".equals(item.postType)) {
				String path = (item.meta("_wp_attached_file") != null) ? item.meta("_wp_attached_file")
						: SourceValues.uploadsPath(item.attachmentUrl);
				if (item.postId != null && path != null) {
					this.attachments.put(item.postId.strip(), path);
				}
			}
			else if ("employer".equals(item.postType)) {
				hints[1]++;
				if (item.meta("_employer_user_id") != null) {
					this.employersByUser.putIfAbsent(item.meta("_employer_user_id"), item.postId);
				}
				if (item.creator != null && this.employersByAuthor.putIfAbsent(item.creator, item.postId) != null) {
					this.ambiguousAuthors.add(item.creator);
				}
			}
			else if ("job_listing".equals(item.postType)) {
				this.jobPosts++;
				if (item.meta.keySet().stream().anyMatch(JOB_BOARD_PRO_KEYS::contains)) {
					hints[1]++;
				}
				if (item.meta.keySet().stream().anyMatch(JOB_MANAGER_KEYS::contains)) {
					hints[0]++;
				}
			}
		});
		this.ambiguousAuthors.forEach(this.employersByAuthor::remove);
		if (this.jobPosts == 0 && hints[1] == 0) {
			throw new ImportFileException(new Note("transfer.file.otherPlugin"));
		}
		this.format = (hints[1] > hints[0]) ? ImportFormat.WP_JOB_BOARD_PRO : ImportFormat.WP_JOB_MANAGER;
		return this.format;
	}

	String site() {
		return this.site;
	}

	/**
	 * Sends every company, then (for WP Job Manager, each after its company) every job.
	 */
	void read(SourceRecords.Sink sink) {
		if (this.format == null) {
			detect();
		}
		if (this.format == ImportFormat.WP_JOB_BOARD_PRO) {
			WxrParser.read(this.file, (item) -> {
				if ("employer".equals(item.postType)) {
					sink.company(employer(item));
				}
			});
			WxrParser.read(this.file, (item) -> {
				if ("job_listing".equals(item.postType)) {
					sink.job(jobBoardProJob(item));
				}
			});
		}
		else {
			Set<String> companiesSent = new HashSet<>();
			WxrParser.read(this.file, (item) -> {
				if ("job_listing".equals(item.postType)) {
					String companyKey = jobManagerCompanyKey(item);
					JobRecord job = jobManagerJob(item, companyKey);
					// A company is made only from jobs that are imported (not from one in
					// the bin).
					if (companyKey != null && job.skipReason() == null && companiesSent.add(companyKey)) {
						sink.company(jobManagerCompany(item, companyKey));
					}
					sink.job(job);
				}
			});
		}
	}

	// --- WP Job Manager: companies are fields of the jobs ---

	/**
	 * Companies are grouped by name and website, each normalised (case, spaces,
	 * punctuation; scheme and www).
	 */
	static String jobManagerCompanyKey(WxrItem item) {
		String name = item.meta("_company_name");
		if (name == null) {
			return null;
		}
		String normalName = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		if (normalName.isEmpty()) {
			return null;
		}
		String website = item.meta("_company_website");
		String host = (website == null) ? ""
				: website.toLowerCase(Locale.ROOT)
					.replaceAll("^[a-z]+://", "")
					.replaceAll("^www\\.", "")
					.replaceAll("[/?#].*$", "");
		return "company:" + normalName + "|" + host;
	}

	private CompanyRecord jobManagerCompany(WxrItem item, String key) {
		List<Note> notes = new ArrayList<>();
		CompanyForm form = new CompanyForm();
		form.setName(item.meta("_company_name"));
		form.setTagline(item.meta("_company_tagline"));
		form.setWebsite(SourceValues.webAddress(item.meta("_company_website"), "website", notes));
		form.setX(SourceValues.twitter(item.meta("_company_twitter"), notes));
		form.setFacebook(SourceValues.webAddress(item.meta("_company_facebook"), "facebook", notes));
		form.setLinkedin(SourceValues.webAddress(item.meta("_company_linkedin"), "linkedin", notes));
		form.setEmail(item.meta("_company_email"));
		form.setPhone(item.meta("_company_phone"));
		form.setHeadquarters(location(item.meta("_company_location")));
		String video = item.meta("_company_video");
		if (video != null) {
			if (video.contains("youtube.com") || video.contains("youtu.be")) {
				form.setYoutube(video);
			}
			else {
				notes.add(new Note("transfer.note.videoLeftOut", video));
			}
		}
		List<String> sectors = item.terms("job_listing_category").stream().map(WxrItem.Term::name).toList();
		return new CompanyRecord(key, null, form, sectors, logoPath(item, "_company_logo"), notes);
	}

	private JobRecord jobManagerJob(WxrItem item, String companyKey) {
		List<Note> notes = new ArrayList<>();
		JobForm form = new JobForm();
		form.setTitle(item.title);
		form.setEmploymentType(SourceValues.employmentType(firstTerm(item, "job_listing_type"), notes));
		form.setLocation(location(item.meta("_job_location")));
		form.setRemote("1".equals(item.meta("_remote_position")));
		application(item.meta("_application"), form);
		form.setExpiresOn(SourceValues.date(item.meta("_job_expires"), "_job_expires", notes));
		salary(form, item.meta("_job_salary"), null, item.meta("_job_salary_currency"), item.meta("_job_salary_unit"),
				notes);
		form.setDescription(HtmlToMarkdown.convert(item.content));
		boolean filled = "1".equals(item.meta("_filled"));
		Note skip = (companyKey == null) ? new Note("transfer.skip.noCompanyName") : null;
		return job(item, companyKey, form, filled, notes, skip);
	}

	// --- WP Job Board Pro: employer posts, and job posts that name their employer's user
	// ---

	private CompanyRecord employer(WxrItem item) {
		List<Note> notes = new ArrayList<>();
		CompanyForm form = new CompanyForm();
		form.setName((item.title != null && !item.title.isBlank()) ? item.title : item.meta("_employer_display_name"));
		form.setSlug(item.postName);
		form.setEmail(item.meta("_employer_email"));
		form.setPhone(item.meta("_employer_phone"));
		form.setWebsite(SourceValues.webAddress(item.meta("_employer_website"), "website", notes));
		form.setFoundedDate(SourceValues.date(item.meta("_employer_founded_date"), "_employer_founded_date", notes));
		form.setSizeBand(SourceValues.sizeBand(item.meta("_employer_company_size"), notes));
		String address = (item.meta("_employer_address") != null) ? item.meta("_employer_address")
				: firstTerm(item, "employer_location");
		form.setHeadquarters(location(address));
		SourceValues.socials(item.meta("_employer_socials")).forEach((network, url) -> {
			switch (network) {
				case "facebook" -> form.setFacebook(url);
				case "twitter", "x" -> form.setX(SourceValues.twitter(url, notes));
				case "linkedin" -> form.setLinkedin(url);
				case "instagram" -> form.setInstagram(url);
				case "github" -> form.setGithub(url);
				case "youtube" -> form.setYoutube(url);
				default -> notes.add(new Note("transfer.note.socialLeftOut", network));
			}
		});
		form.setDescriptionMarkdown(HtmlToMarkdown.convert(item.content));
		List<String> sectors = item.terms("employer_category").stream().map(WxrItem.Term::name).toList();
		return new CompanyRecord("post:" + item.postId, item.postName, form, sectors, logoPath(item, "_employer_logo"),
				notes);
	}

	private JobRecord jobBoardProJob(WxrItem item) {
		List<Note> notes = new ArrayList<>();
		JobForm form = new JobForm();
		form.setTitle(item.title);
		form.setEmploymentType(SourceValues.employmentType(firstTerm(item, "job_listing_type"), notes));
		String address = (item.meta("_job_address") != null) ? item.meta("_job_address")
				: (item.meta("_job_map_location_address") != null) ? item.meta("_job_map_location_address")
						: firstTerm(item, "job_listing_location");
		form.setLocation(location(address));
		form.setApplyUrl(SourceValues.webAddress(item.meta("_job_apply_url"), "_job_apply_url", notes));
		form.setApplyEmail(item.meta("_job_apply_email"));
		form.setExpiresOn(SourceValues.date(item.meta("_job_expiry_date"), "_job_expiry_date", notes));
		salary(form, item.meta("_job_salary"), item.meta("_job_max_salary"), item.meta("_job_salary_currency"),
				item.meta("_job_salary_type"), notes);
		form.setDescription(HtmlToMarkdown.convert(item.content));
		String employer = (item.meta("_job_posted_by") != null) ? this.employersByUser.get(item.meta("_job_posted_by"))
				: null;
		if (employer == null && item.creator != null) {
			employer = this.employersByAuthor.get(item.creator);
		}
		Note skip = (employer == null) ? new Note("transfer.skip.noEmployer") : null;
		boolean filled = "on".equals(item.meta("_job_filled")) || "1".equals(item.meta("_job_filled"));
		return job(item, (employer != null) ? "post:" + employer : null, form, filled, notes, skip);
	}

	// --- both ---

	/**
	 * The one place where the plugins' address fields become our location. Structured
	 * addresses (street, postal code, region, country) will be split out here.
	 */
	static String location(String address) {
		return (address == null || address.isBlank()) ? null : address.strip();
	}

	private JobRecord job(WxrItem item, String companyKey, JobForm form, boolean filled, List<Note> notes, Note skip) {
		String status = (item.status != null) ? item.status.strip() : "publish";
		JobStatus ours = switch (status) {
			case "publish" -> filled ? JobStatus.FILLED : JobStatus.OPEN;
			case "expired" -> JobStatus.EXPIRED;
			case "draft", "pending", "pending_payment", "preview", "future" -> JobStatus.DRAFT;
			default -> null;
		};
		Note reason = skip;
		if (reason == null && ours == null) {
			reason = new Note("transfer.skip.status", status);
		}
		Instant posted = SourceValues.postDate(item.postDateGmt, item.postDate);
		if (ours != null && ours != JobStatus.DRAFT && posted == null) {
			ours = JobStatus.DRAFT;
		}
		return new JobRecord("post:" + item.postId, item.postName, companyKey, form, ours, posted, notes, reason);
	}

	private void application(String application, JobForm form) {
		if (application == null) {
			return;
		}
		if (application.contains("@") && !application.contains("/")) {
			form.setApplyEmail(application.replaceFirst("^mailto:", ""));
		}
		else {
			form.setApplyUrl(application);
		}
	}

	private static void salary(JobForm form, String min, String max, String currency, String unit, List<Note> notes) {
		if (min == null && max == null) {
			return;
		}
		BigDecimal low = SourceValues.amount(min);
		BigDecimal high = (max != null) ? SourceValues.amount(max) : low;
		if (low == null && high == null) {
			notes.add(new Note("transfer.note.salaryText", (min != null) ? min : max));
			return;
		}
		SalaryPeriod period = SourceValues.salaryPeriod(unit);
		if (currency == null || period == null) {
			notes.add(new Note("transfer.note.salaryIncomplete", (min != null) ? min : max));
			return;
		}
		form.setSalaryMin((low != null) ? low : high);
		form.setSalaryMax((high != null) ? high : low);
		form.setSalaryCurrency(currency);
		form.setSalaryPeriod(period);
	}

	private String logoPath(WxrItem item, String urlKey) {
		String thumbnail = item.meta("_thumbnail_id");
		if (thumbnail != null && this.attachments.containsKey(thumbnail)) {
			return this.attachments.get(thumbnail);
		}
		String url = item.meta(urlKey);
		if (url != null && this.attachments.containsKey(url)) {
			return this.attachments.get(url);
		}
		return SourceValues.uploadsPath(url);
	}

	private static String firstTerm(WxrItem item, String domain) {
		List<WxrItem.Term> terms = item.terms(domain);
		return terms.isEmpty() ? null
				: (terms.get(0).nicename() != null ? terms.get(0).nicename() : terms.get(0).name());
	}

}
