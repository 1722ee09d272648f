package com.jobboard.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jobboard.company.CompanyFacts;
import com.jobboard.company.CompanyFacts.CompanyHeadline;
import com.jobboard.company.CompanyStatus;
import com.jobboard.job.JobCatalog;
import com.jobboard.job.JobHeadline;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.views.ViewSubject;
import com.jobboard.views.ViewTotals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers on the admin dashboard, asked of the features that own them: companies and
 * their names of {@link CompanyFacts}, jobs of {@link JobCatalog}, sign-ups of
 * {@link EmployerAccounts}, views of {@link ViewTotals}. Lists are read by id first, then
 * named in one statement each. View figures are the stored ones, which the view counter
 * brings up to date every second.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	static final int MOST_VIEWED = 10;

	/**
	 * The most viewed pages and the jumps in views are those of the last this many days,
	 * today included.
	 */
	static final int RECENT_DAYS = 7;

	/**
	 * A day's views jump when they are more than this many times the average of the days
	 * before...
	 */
	static final int SPIKE_FACTOR = 10;

	/** ...over this many days (days without views count as 0)... */
	static final int SPIKE_BASELINE_DAYS = 30;

	/**
	 * ...where an average under one view a day counts as one, so that a handful of views
	 * on a quiet profile is no jump.
	 */
	static final int SPIKE_MINIMUM_AVERAGE = 1;

	static final int MOST_SPIKES = 20;

	private final CompanyFacts companies;

	private final JobCatalog jobs;

	private final EmployerAccounts employers;

	private final ViewTotals views;

	private final Clock clock;

	Dashboard(CompanyFacts companies, JobCatalog jobs, EmployerAccounts employers, ViewTotals views, Clock clock) {
		this.companies = companies;
		this.jobs = jobs;
		this.employers = employers;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * What the whole board looks like: how many companies and jobs, which pages people
	 * read, and what jumped.
	 */
	AdminOverview forAdmin() {
		LocalDate today = today();
		LocalDate firstRecentDay = today.minusDays(RECENT_DAYS - 1);
		Map<CompanyStatus, Long> companiesByStatus = this.companies.countByStatus();
		AdminOverview.Counts counts = new AdminOverview.Counts(companiesByStatus.get(CompanyStatus.ACTIVE),
				companiesByStatus.get(CompanyStatus.PENDING), this.employers.countAwaitingApproval(),
				this.jobs.openJobCount());
		return new AdminOverview(counts, mostViewedCompanies(firstRecentDay, today),
				mostViewedJobs(firstRecentDay, today), spikes(firstRecentDay, today));
	}

	private List<MostViewedCompany> mostViewedCompanies(LocalDate from, LocalDate today) {
		List<ViewTotals.Viewed> viewed = this.views.mostViewed(ViewSubject.COMPANY, from, today, MOST_VIEWED);
		Map<Long, CompanyHeadline> named = this.companies
			.headlines(viewed.stream().map(ViewTotals.Viewed::subjectId).toList());
		return viewed.stream().filter((page) -> named.containsKey(page.subjectId())).map((page) -> {
			CompanyHeadline company = named.get(page.subjectId());
			return new MostViewedCompany(company.id(), company.slug(), company.name(), company.publicProfile(),
					page.views());
		}).toList();
	}

	private List<MostViewedJob> mostViewedJobs(LocalDate from, LocalDate today) {
		List<ViewTotals.Viewed> viewed = this.views.mostViewed(ViewSubject.JOB, from, today, MOST_VIEWED);
		Map<Long, JobHeadline> jobsById = this.jobs
			.headlines(viewed.stream().map(ViewTotals.Viewed::subjectId).toList());
		Map<Long, CompanyHeadline> companiesById = this.companies
			.headlines(jobsById.values().stream().map(JobHeadline::companyId).distinct().toList());
		return viewed.stream().filter((page) -> jobsById.containsKey(page.subjectId())).map((page) -> {
			JobHeadline job = jobsById.get(page.subjectId());
			CompanyHeadline company = companiesById.get(job.companyId());
			return new MostViewedJob(job.id(), job.slug(), job.title(), job.companyId(), company.name(),
					job.published() && company.publicProfile(), page.views());
		}).toList();
	}

	/**
	 * The days from {@code from} to {@code today} on which a company's profile views
	 * jumped: more than {@link #SPIKE_FACTOR} times its average daily views over the
	 * {@link #SPIKE_BASELINE_DAYS} days before that day (at least
	 * {@link #SPIKE_MINIMUM_AVERAGE}). Latest first.
	 */
	List<Spike> spikes(LocalDate from, LocalDate today) {
		List<ViewTotals.Jump> jumps = this.views.jumps(ViewSubject.COMPANY, from, today, SPIKE_FACTOR,
				SPIKE_BASELINE_DAYS, SPIKE_MINIMUM_AVERAGE, MOST_SPIKES);
		Map<Long, CompanyHeadline> named = this.companies
			.headlines(jumps.stream().map(ViewTotals.Jump::subjectId).distinct().toList());
		return jumps.stream().filter((jump) -> named.containsKey(jump.subjectId())).map((jump) -> {
			CompanyHeadline company = named.get(jump.subjectId());
			return new Spike(company.id(), company.slug(), company.name(), company.publicProfile(), jump.day(),
					jump.views(), jump.baselineViews() / (double) SPIKE_BASELINE_DAYS);
		}).toList();
	}

	/**
	 * The employer's own company: its views and the jobs open now; empty if the company
	 * is gone.
	 */
	Optional<CompanyOverview> forCompany(long companyId) {
		return Optional.ofNullable(this.companies.headlines(List.of(companyId)).get(companyId))
			.map((company) -> new CompanyOverview(company.id(), company.slug(), company.name(), company.publicProfile(),
					this.views.total(ViewSubject.COMPANY, companyId),
					this.jobs.openJobCounts(List.of(companyId)).getOrDefault(companyId, 0L)));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** The admin's view of the board. */
	record AdminOverview(Counts counts, List<MostViewedCompany> mostViewed, List<MostViewedJob> mostViewedJobs,
			List<Spike> spikes) {

		/**
		 * Public and pending companies, employer sign-ups waiting for approval, and jobs
		 * open now (published, not past their expiry).
		 */
		record Counts(long publicCompanies, long pendingCompanies, long waitingSignUps, long openJobs) {
		}

	}

	/**
	 * A company among the most viewed of the last days; only public ones have a page to
	 * link to.
	 */
	record MostViewedCompany(long id, String slug, String name, boolean publicProfile, long views) {
	}

	/**
	 * A job among the most viewed of the last days, and whether its page can be seen now.
	 */
	record MostViewedJob(long id, String slug, String title, long companyId, String companyName, boolean publicPage,
			long views) {

		public String path() {
			return "/jobs/" + this.id + "/" + this.slug;
		}

	}

	/**
	 * A day on which a company's profile views jumped, against its daily average of the
	 * days before.
	 */
	record Spike(long companyId, String slug, String name, boolean publicProfile, LocalDate day, long views,
			double baselineAverage) {
	}

	/** An employer's company at a glance. */
	record CompanyOverview(long id, String slug, String name, boolean publicProfile, long views, long openJobs) {
	}

}
