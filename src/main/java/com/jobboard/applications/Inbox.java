package com.jobboard.applications;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jobboard.security.SignedInUser;
import com.jobboard.web.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/**
 * A company's applications for its team: the lists (the whole company or one job, newest
 * first, by status), one application with its history, its CV, status changes and the CSV
 * of a job. Every method names the company and is allowed only to those
 * {@code companyAccess} lets edit it; the queries also hold to that company, so an id of
 * another company's application is a 404 even for someone allowed here.
 */
@Service
public class Inbox {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final ApplicationRepository applications;

	private final ApplicationHistory history;

	private final ApplicationMails mails;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Inbox(JdbcClient jdbc, ApplicationRepository applications, ApplicationHistory history, ApplicationMails mails,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.history = history;
		this.mails = mails;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * One page of the company's applications, newest first.
	 * @param jobId only this job's (one of the company's), or {@code null} for all
	 * @param status only those in this status, or {@code null} for all
	 * @param page zero-based
	 */
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	public Listing list(Long companyId, Long jobId, ApplicationStatus status, int page) {
		String where = "a.company_id = :company and (cast(:job as bigint) is null or a.job_id = :job)"
				+ " and (cast(:status as varchar) is null or a.status = :status)";
		String statusName = (status != null) ? status.name() : null;
		long total = this.jdbc.sql("select count(*) from job_applications a where " + where)
			.param("company", companyId)
			.param("job", jobId)
			.param("status", statusName)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc.sql("""
				select a.id, a.name, a.status, a.created_at, j.id as job_id, j.title
				from job_applications a join jobs j on j.id = a.job_id
				where %s
				order by a.created_at desc, a.id desc
				limit :limit offset :offset
				""".formatted(where))
			.param("company", companyId)
			.param("job", jobId)
			.param("status", statusName)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("name"),
					ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
					rs.getLong("job_id"), rs.getString("title")))
			.list();
		Company company = company(companyId);
		return new Listing(company.id(), company.name(), jobsOf(companyId),
				new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total));
	}

	/** The company's jobs that have applications or take them, for the job filter. */
	private List<JobChoice> jobsOf(long companyId) {
		return this.jdbc
			.sql("""
					select j.id, j.title from jobs j
					where j.company_id = ? and (j.apply_on_site or exists (select 1 from job_applications a where a.job_id = j.id))
					order by j.created_at desc, j.id desc
					""")
			.param(companyId)
			.query((rs, row) -> new JobChoice(rs.getLong("id"), rs.getString("title")))
			.list();
	}

	private Company company(long companyId) {
		return this.jdbc.sql("select id, name from companies where id = ?")
			.param(companyId)
			.query((rs, row) -> new Company(rs.getLong("id"), rs.getString("name")))
			.optional()
			.orElseThrow(() -> new NotFoundException("No company " + companyId));
	}

	/** One application with its CV's particulars and its history. */
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	public Detail detail(Long companyId, long applicationId) {
		return this.transactions.execute((tx) -> {
			JobApplication application = owned(companyId, applicationId);
			Optional<CvInfo> cv = this.jdbc
				.sql("""
						select file_name, content_type, octet_length(bytes) as size from application_cvs where application_id = ?
						""")
				.param(applicationId)
				.query((rs, row) -> new CvInfo(rs.getString("file_name"), rs.getString("content_type"),
						rs.getLong("size")))
				.optional();
			Job job = job(application.getJobId());
			return new Detail(application.getId(), application.getName(), application.getEmail(),
					application.getPhone(), application.getLink(), application.getCoverLetter(),
					application.getStatus(), application.getCreatedAt(), application.getUpdatedAt(),
					application.getVersion(), application.getLocale(), companyId, job.id(), job.title(),
					cv.orElse(null), this.history.of(applicationId));
		});
	}

	/** The CV, to be served as a download. */
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	public Cv cv(Long companyId, long applicationId) {
		return this.jdbc.sql("""
				select c.file_name, c.content_type, c.bytes
				from application_cvs c join job_applications a on a.id = c.application_id
				where c.application_id = ? and a.company_id = ?
				""")
			.params(applicationId, companyId)
			.query((rs, row) -> new Cv(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("bytes")))
			.optional()
			.orElseThrow(() -> new NotFoundException("No CV for application " + applicationId));
	}

	/**
	 * Sets the status, unless someone else changed the application since the form was
	 * filled (then the form's version is moved on and a global error says so); a
	 * rejection may mail the candidate the polite message.
	 * @return whether it was saved
	 */
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	public boolean changeStatus(Long companyId, long applicationId, StatusForm form, BindingResult errors,
			SignedInUser user) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((tx) -> {
				JobApplication application = owned(companyId, applicationId);
				if (form.getVersion() == null || form.getVersion() != application.getVersion()) {
					stale(form, application.getVersion(), errors);
					return false;
				}
				if (errors.hasErrors()) {
					return false;
				}
				Instant now = this.clock.instant();
				boolean mail = form.getStatus() == ApplicationStatus.REJECTED && form.isNotifyCandidate()
						&& application.getStatus() != ApplicationStatus.REJECTED;
				application.changeStatus(form.getStatus(), now);
				this.applications.saveAndFlush(application);
				this.history.statusChanged(applicationId, form.getStatus(), user.id(), form.getNote(), mail, now);
				if (mail) {
					Job job = job(application.getJobId());
					this.mails.rejection(application.getEmail(), Locale.forLanguageTag(application.getLocale()),
							application.getName(), job.title(), company(companyId).name());
				}
				return true;
			}));
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our read and our write: the version check in the
			// UPDATE caught it.
			stale(form, this.applications.findById(applicationId).map(JobApplication::getVersion).orElse(null), errors);
			return false;
		}
	}

	private static void stale(StatusForm form, Long currentVersion, BindingResult errors) {
		errors.reject("applications.inbox.error.stale");
		// Sending the form again on purpose sets the status over the other person's
		// change.
		form.setVersion(currentVersion);
	}

	/**
	 * A job's applications as CSV (RFC 4180), oldest first. Values that a spreadsheet
	 * would take for a formula ({@code = + - @}, tab, carriage return at the start) get a
	 * leading apostrophe.
	 */
	@PreAuthorize("@companyAccess.canEdit(#companyId)")
	public JobCsv csv(Long companyId, long jobId) {
		Job job = job(jobId);
		if (job.companyId() != companyId) {
			throw new NotFoundException("Job " + jobId + " is not one of company " + companyId);
		}
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord("id", "received", "updated", "status", "name", "email", "phone", "link",
					"cover_letter");
			this.jdbc.sql("""
					select id, created_at, updated_at, status, name, email, phone, link, cover_letter
					from job_applications where job_id = ? and company_id = ? order by created_at, id
					""").params(jobId, companyId).query((rs) -> {
				List<String> values = new ArrayList<>();
				values.add(Long.toString(rs.getLong("id")));
				values.add(rs.getTimestamp("created_at").toInstant().toString());
				values.add(rs.getTimestamp("updated_at").toInstant().toString());
				values.add(rs.getString("status"));
				for (String column : List.of("name", "email", "phone", "link", "cover_letter")) {
					values.add(neutralized(rs.getString(column)));
				}
				try {
					printer.printRecord(values);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new JobCsv(job.title(), out.toString());
	}

	/** A cell a spreadsheet cannot run: formula starters get a leading apostrophe. */
	static String neutralized(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	private JobApplication owned(long companyId, long applicationId) {
		return this.applications.findById(applicationId)
			.filter((application) -> application.getCompanyId() == companyId)
			.orElseThrow(() -> new NotFoundException("No application " + applicationId + " at company " + companyId));
	}

	private Job job(long jobId) {
		return this.jdbc.sql("select id, title, company_id from jobs where id = ?")
			.param(jobId)
			.query((rs, row) -> new Job(rs.getLong("id"), rs.getString("title"), rs.getLong("company_id")))
			.optional()
			.orElseThrow(() -> new NotFoundException("No job " + jobId));
	}

	public record Row(long id, String name, ApplicationStatus status, Instant receivedAt, long jobId, String jobTitle) {
	}

	public record JobChoice(long id, String title) {
	}

	public record Listing(long companyId, String companyName, List<JobChoice> jobs, Page<Row> page) {
	}

	public record CvInfo(String fileName, String contentType, long size) {
	}

	public record Detail(long id, String name, String email, String phone, String link, String coverLetter,
			ApplicationStatus status, Instant receivedAt, Instant updatedAt, long version, String locale,
			long companyId, long jobId, String jobTitle, CvInfo cv, List<ApplicationHistory.Event> history) {
	}

	public record Cv(String fileName, String contentType, byte[] bytes) {
	}

	public record JobCsv(String jobTitle, String text) {
	}

	private record Company(long id, String name) {
	}

	private record Job(long id, String title, long companyId) {
	}

}
