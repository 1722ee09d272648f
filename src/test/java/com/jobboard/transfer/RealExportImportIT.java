package com.jobboard.transfer;

import java.nio.file.Path;
import java.util.List;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RealExportImportIT {

	@Autowired
	Importer importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JobRepository jobs;

	private ImportReport run(Path file, boolean dryRun) {
		return this.importer.run(ImportUploads.Upload.of(file, null), dryRun, new Importer.Author(null, null), (n) -> {
		});
	}

	private long rows() {
		return this.jdbc
			.sql("select (select count(*) from companies) + (select count(*) from jobs)"
					+ " + (select count(*) from company_revisions) + (select count(*) from import_sources)"
					+ " + (select count(*) from logos)")
			.query(Long.class)
			.single();
	}

	private String fingerprint() {
		return this.jdbc.sql("select md5(coalesce(string_agg(c::text, ',' order by c.id), '')) from companies c")
			.query(String.class)
			.single()
				+ this.jdbc.sql("select md5(coalesce(string_agg(j::text, ',' order by j.id), '')) from jobs j")
					.query(String.class)
					.single();
	}

	@ParameterizedTest
	@ValueSource(strings = { RealExports.SUPERIO, RealExports.WORKIO, RealExports.JOBSTACK, RealExports.ESPYJOBS,
			RealExports.JOBHUNT })
	void dryRunSavesNothingThenImportThenSecondImportChangesNothing(String name) {
		Path file = RealExports.file(name);
		long before = rows();

		ImportReport dryRun = run(file, true);
		assertThat(dryRun.getFileProblems()).isEmpty();
		assertThat(rows()).isEqualTo(before);
		assertThat(dryRun.getJobs().getTotal()).isPositive();

		ImportReport done = run(file, false);
		assertThat(done.getFileProblems()).isEmpty();
		assertThat(done.getCompanies().getCreated()).isEqualTo(dryRun.getCompanies().getCreated());
		assertThat(done.getJobs().getCreated()).isEqualTo(dryRun.getJobs().getCreated());
		assertThat(done.getJobs().getSkipped()).isEqualTo(dryRun.getJobs().getSkipped());

		long afterFirst = rows();
		String state = fingerprint();
		ImportReport again = run(file, false);
		assertThat(again.getFileProblems()).isEmpty();
		assertThat(again.getCompanies().getCreated() + again.getCompanies().getUpdated()).isZero();
		assertThat(again.getJobs().getCreated() + again.getJobs().getUpdated()).isZero();
		assertThat(again.hasChanges()).isFalse();
		assertThat(rows()).isEqualTo(afterFirst);
		assertThat(fingerprint()).isEqualTo(state);
		System.out
			.println(name + ": " + done.getFormat() + " companies " + done.getCompanies() + "; jobs " + done.getJobs());
		done.getEntries().stream().limit(12).forEach(System.out::println);
	}

	@Test
	void jobBoardProEmployersAndJobsArrive() {
		ImportReport report = run(RealExports.file(RealExports.SUPERIO), false);

		assertThat(report.getFormat()).isEqualTo(ImportFormat.WP_JOB_BOARD_PRO);
		assertThat(report.getSite()).isEqualTo("https://www.demoapus-wp1.com/superio-import");
		long netsixId = this.jdbc.sql("select target_id from import_sources where site = ? and source_id = 'post:1012'")
			.param(report.getSite())
			.query(Long.class)
			.single();
		Company netsix = this.companies.findWithSectorsById(netsixId).orElseThrow();
		assertThat(netsix.getName()).isEqualTo("Netsix");
		assertThat(netsix.getEmail()).isEqualTo("netsix@apus.com");
		assertThat(netsix.getWebsite()).isEqualTo("https://envato.com");
		assertThat(netsix.getFoundedDate()).hasYear(1992);
		assertThat(netsix.getHeadquarters()).isEqualTo("2015-2017 W Adams Blvd, LA");
		assertThat(netsix.getDescriptionMarkdown()).startsWith("Moody’s Corporation");
		assertThat(netsix.getDescriptionHtml()).contains("<p>");
		// The socials are "#" in the demo: not web addresses, so left out with a note.
		assertThat(netsix.getSocialLinks().facebook()).isNull();

		long jobId = this.jdbc.sql("select target_id from import_sources where site = ? and source_id = 'post:1042'")
			.param(report.getSite())
			.query(Long.class)
			.single();
		Job job = this.jobs.findWithCompanyById(jobId).orElseThrow();
		assertThat(job.getTitle()).isEqualTo("Recruiting Coordinator");
		assertThat(job.getCompany().getName()).isEqualTo("Upwork");
		assertThat(job.getLocation()).isEqualTo("418-406 S Western Ave, LA");
		assertThat(job.getStatus()).isEqualTo(JobStatus.OPEN);
		assertThat(job.getExpiresAt()).hasToString("2026-05-07T23:59:59Z");
		List<Note> notes = report.getEntries().stream().flatMap((entry) -> entry.notes().stream()).toList();
		assertThat(notes).extracting(Note::code).contains("transfer.note.unknownSector", "transfer.note.schemeAdded");
	}

}
