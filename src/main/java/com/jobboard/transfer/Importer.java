package com.jobboard.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.admin.CompanyImports;
import com.jobboard.job.Job;
import com.jobboard.job.JobImports;
import com.jobboard.job.JobRepository;
import com.jobboard.transfer.ImportReport.Kind;
import com.jobboard.transfer.ImportReport.Outcome;
import com.jobboard.transfer.ImportUploads.Upload;
import com.jobboard.transfer.SourceRecords.CompanyRecord;
import com.jobboard.transfer.SourceRecords.JobRecord;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import, all or nothing: the whole file is read and written in one transaction,
 * which commits only when the file could be read to its end; a dry run does exactly the
 * same and rolls back, so its report is what the import will do. Every record goes
 * through the company and job forms' own rules ({@link CompanyImports},
 * {@link JobImports}): a field they refuse is left out with a note, a record they cannot
 * take is skipped with the reason. Records are handled in batches (see {@link Run}), and
 * the persistence context is cleared after each, so memory does not grow with the file.
 */
@Service
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	/**
	 * Records handled together: looked up in one query, remembered in one JDBC batch,
	 * then flushed and cleared.
	 */
	private static final int BATCH = 500;

	/**
	 * The logo limit of the company form: checked again by its rules, read no further
	 * than one byte past.
	 */
	private static final int LOGO_READ_LIMIT = 1024 * 1024;

	private final CompanyImports companyImports;

	private final JobImports jobImports;

	private final ImportSources sources;

	private final SectorRepository sectors;

	private final CompanyRepository companies;

	private final JobRepository jobs;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final CsvSites csvSites;

	Importer(CompanyImports companyImports, JobImports jobImports, ImportSources sources, SectorRepository sectors,
			CompanyRepository companies, JobRepository jobs, EntityManager entityManager,
			PlatformTransactionManager transactionManager, CsvSites csvSites) {
		this.csvSites = csvSites;
		this.companyImports = companyImports;
		this.jobImports = jobImports;
		this.sources = sources;
		this.sectors = sectors;
		this.companies = companies;
		this.jobs = jobs;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Who imports: recorded as the author of the companies' revisions ({@code null} id
	 * from the command line).
	 */
	public record Author(Long id, String email) {
	}

	/**
	 * Reads the upload and imports it (or, with {@code dryRun}, only reports what it
	 * would do).
	 * @param progress told the number of records handled so far, now and then
	 */
	ImportReport run(Upload upload, boolean dryRun, Author author, IntConsumer progress) {
		ImportReport report = new ImportReport(upload.fileName(), dryRun);
		Source source;
		try {
			source = open(upload);
			report.describe(source.format(), source.site());
		}
		catch (ImportFileException ex) {
			report.fail(ex.note());
			return report;
		}
		try (UploadsZip zip = (upload.zip() != null) ? UploadsZip.open(upload.zip()) : null) {
			this.transaction.executeWithoutResult((tx) -> {
				Run run = new Run(report, source.site(), source.format(), zip, author, upload.fileName(), progress);
				try {
					source.read(run);
					run.finish();
				}
				catch (ImportFileException ex) {
					report.fail(ex.note());
				}
				if (dryRun || report.isFailed()) {
					tx.setRollbackOnly();
				}
			});
		}
		catch (ImportFileException ex) {
			report.fail(ex.note());
		}
		catch (RuntimeException ex) {
			// Rolled back: nothing of this file was saved. The report says so; the log
			// keeps the details.
			log.error("Import of {} failed and was rolled back", upload.fileName(), ex);
			report.fail(new Note("transfer.file.failed"));
		}
		return report;
	}

	private interface Source {

		ImportFormat format();

		String site();

		void read(SourceRecords.Sink sink);

	}

	private Source open(Upload upload) {
		byte[] start;
		try (InputStream in = Files.newInputStream(upload.source())) {
			start = in.readNBytes(512);
		}
		catch (IOException ex) {
			throw new ImportFileException(new Note("transfer.file.unreadable"), ex);
		}
		String text = new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "")
			.stripLeading();
		if (text.isEmpty()) {
			throw new ImportFileException(new Note("transfer.file.empty"));
		}
		if (text.startsWith("<")) {
			WxrReader reader = new WxrReader(upload.source());
			ImportFormat format = reader.detect();
			return new Source() {
				public ImportFormat format() {
					return format;
				}

				public String site() {
					return reader.site();
				}

				public void read(SourceRecords.Sink sink) {
					reader.read(sink);
				}
			};
		}
		CsvReader reader = new CsvReader(upload.source());
		ImportFormat format = reader.detect();
		// The admin's key, else the one our export wrote into the rows, else the key of
		// CSVs that name no board.
		String site = (upload.csvSite() != null) ? upload.csvSite() : reader.fileSite();
		String csvSite = (site != null) ? site : CsvSites.LEGACY;
		return new Source() {
			public ImportFormat format() {
				return format;
			}

			public String site() {
				return csvSite;
			}

			public void read(SourceRecords.Sink sink) {
				reader.read(sink);
			}
		};
	}

	/**
	 * One import's state: the ids given so far, the sectors, the counter. Records are
	 * taken in batches of {@link #BATCH}: one query finds which of them were imported
	 * before, one JDBC batch remembers them, and the persistence context is flushed and
	 * cleared after each batch. A batch handles its companies before its jobs; as a job's
	 * company always comes before the job in the file, its id is known by then.
	 */
	private final class Run implements SourceRecords.Sink {

		private final ImportReport report;

		private final String site;

		private final boolean csv;

		/**
		 * A CSV of this board (or one naming no board): its slugs and job ids may be this
		 * board's own, so a row finds its record by them too (the export's round trip).
		 * Another board's CSV finds only what was imported from that board.
		 */
		private final boolean ownRows;

		private final UploadsZip zip;

		private final Author author;

		private final String fileName;

		private final IntConsumer progress;

		/** Source id → our company id, for the jobs that follow. */
		private final Map<String, Long> companyIds = new HashMap<>();

		/** Sector name or slug, lower case → id. */
		private final Map<String, Long> sectorIds = new HashMap<>();

		private final List<CompanyRecord> pendingCompanies = new ArrayList<>();

		/**
		 * Jobs waiting for their batch, each with its row number in the file (the id of a
		 * CSV row without one).
		 */
		private final List<PendingJob> pendingJobs = new ArrayList<>();

		/** Records received from the file so far. */
		private int received;

		private int handled;

		Run(ImportReport report, String site, ImportFormat format, UploadsZip zip, Author author, String fileName,
				IntConsumer progress) {
			this.report = report;
			this.site = site;
			this.csv = format == ImportFormat.CSV_COMPANIES || format == ImportFormat.CSV_JOBS;
			this.ownRows = this.csv && Importer.this.csvSites.isOwnOrLegacy(site);
			this.zip = zip;
			this.author = author;
			this.fileName = fileName;
			this.progress = progress;
			for (Sector sector : Importer.this.sectors.findAll()) {
				this.sectorIds.put(sector.getName().toLowerCase(Locale.ROOT), sector.getId());
				this.sectorIds.put(sector.getSlug().toLowerCase(Locale.ROOT), sector.getId());
			}
		}

		private record PendingJob(JobRecord record, int row) {
		}

		@Override
		public void company(CompanyRecord record) {
			this.received++;
			this.pendingCompanies.add(record);
			if (this.pendingCompanies.size() + this.pendingJobs.size() >= BATCH) {
				handleBatch();
			}
		}

		@Override
		public void job(JobRecord record) {
			this.received++;
			this.pendingJobs.add(new PendingJob(record, this.received));
			if (this.pendingCompanies.size() + this.pendingJobs.size() >= BATCH) {
				handleBatch();
			}
		}

		/**
		 * Handles what is still waiting: called once the file has been read to its end.
		 */
		void finish() {
			handleBatch();
		}

		private void handleBatch() {
			if (!this.pendingCompanies.isEmpty()) {
				List<CompanyRecord> batch = List.copyOf(this.pendingCompanies);
				this.pendingCompanies.clear();
				companies(batch);
			}
			if (!this.pendingJobs.isEmpty()) {
				List<PendingJob> batch = List.copyOf(this.pendingJobs);
				this.pendingJobs.clear();
				jobs(batch);
			}
			Importer.this.entityManager.flush();
			Importer.this.entityManager.clear();
			this.progress.accept(this.handled);
		}

		private void companies(List<CompanyRecord> batch) {
			Map<String, Long> known = Importer.this.sources.findAll(this.site, ImportSources.Kind.COMPANY,
					batch.stream().map(CompanyRecord::sourceId).toList());
			List<ImportSources.Source> remembered = new ArrayList<>();
			for (CompanyRecord record : batch) {
				company(record, known, remembered);
			}
			Importer.this.sources.rememberAll(this.site, ImportSources.Kind.COMPANY, remembered);
		}

		private void company(CompanyRecord record, Map<String, Long> known, List<ImportSources.Source> remembered) {
			List<Note> notes = new ArrayList<>(record.notes());
			Importer.this.companyImports.dropInvalidFields(record.form())
				.forEach((problem) -> notes.add(new Note("transfer.note.fieldLeftOut", problem)));
			List<String> blocking = Importer.this.companyImports.blockingProblems(record.form());
			String name = (record.form().getName() != null) ? record.form().getName() : record.sourceId();
			if (!blocking.isEmpty()) {
				blocking.forEach((problem) -> notes.add(new Note("transfer.note.field", problem)));
				skip(Kind.COMPANY, record.sourceId(), name, notes);
				return;
			}
			Set<Sector> chosen = new LinkedHashSet<>();
			for (String sector : record.sectorNames()) {
				Long id = this.sectorIds.get(sector.strip().toLowerCase(Locale.ROOT));
				if (id == null) {
					notes.add(new Note("transfer.note.unknownSector", sector));
				}
				else {
					chosen.add(Importer.this.entityManager.getReference(Sector.class, id));
				}
			}
			CompanyImports.Image logo = logo(record, notes);
			Long existing = existingCompany(record, known);
			CompanyImports.Saved saved = Importer.this.companyImports.save(existing, record.form(), chosen, logo,
					this.author.id(), this.author.email(),
					"Imported from " + this.fileName + " (" + record.sourceId() + ")");
			remembered.add(new ImportSources.Source(record.sourceId(),
					(record.sourceSlug() != null) ? record.sourceSlug() : saved.slug(), saved.id()));
			known.put(record.sourceId(), saved.id());
			this.companyIds.put(record.sourceId(), saved.id());
			this.report.add(Kind.COMPANY, record.sourceId(), name, Outcome.valueOf(saved.change().name()), notes);
			this.handled++;
		}

		private Long existingCompany(CompanyRecord record, Map<String, Long> known) {
			Long id = known.get(record.sourceId());
			if (id != null) {
				return id;
			}
			if (this.ownRows && record.form().getSlug() != null) {
				// Our own CSV: the same slug on this board is the same company (the
				// export's round trip).
				return Importer.this.companies.findBySlug(record.form().getSlug()).map(Company::getId).orElse(null);
			}
			return null;
		}

		private CompanyImports.Image logo(CompanyRecord record, List<Note> notes) {
			if (record.logoPath() == null) {
				return null;
			}
			if (this.zip == null) {
				this.report.logosWithoutZip();
				return null;
			}
			byte[] bytes = this.zip.read(record.logoPath(), LOGO_READ_LIMIT);
			if (bytes == null) {
				notes.add(new Note("transfer.note.logoMissing", record.logoPath()));
				return null;
			}
			List<String> problems = new ArrayList<>();
			Optional<CompanyImports.Image> checked = Importer.this.companyImports.checkLogo(bytes, problems);
			problems.forEach((problem) -> notes.add(new Note("transfer.note.logoRefused", record.logoPath(), problem)));
			return checked.orElse(null);
		}

		private void jobs(List<PendingJob> batch) {
			Map<String, Long> known = Importer.this.sources.findAll(this.site, ImportSources.Kind.JOB,
					batch.stream().map(Run::sourceIdOf).toList());
			if (!known.isEmpty()) {
				// Loaded together, so that each job's own lookup by id is answered from
				// the persistence context.
				Importer.this.entityManager.createQuery("select j from Job j where j.id in :ids", Job.class)
					.setParameter("ids", known.values())
					.getResultList();
			}
			List<ImportSources.Source> remembered = new ArrayList<>();
			for (PendingJob job : batch) {
				job(job, known, remembered);
			}
			Importer.this.sources.rememberAll(this.site, ImportSources.Kind.JOB, remembered);
		}

		private static String sourceIdOf(PendingJob job) {
			return (job.record().sourceId() != null) ? job.record().sourceId() : "row:" + job.row();
		}

		private void job(PendingJob pending, Map<String, Long> known, List<ImportSources.Source> remembered) {
			JobRecord record = pending.record();
			List<Note> notes = new ArrayList<>(record.notes());
			String title = (record.form().getTitle() != null) ? record.form().getTitle() : record.sourceId();
			if (record.skipReason() != null) {
				notes.add(record.skipReason());
				skip(Kind.JOB, record.sourceId(), title, notes);
				return;
			}
			Long companyId = companyOf(record.companySourceId());
			if (companyId == null) {
				notes.add(new Note("transfer.skip.unknownCompany", record.companySourceId()));
				skip(Kind.JOB, record.sourceId(), title, notes);
				return;
			}
			Importer.this.jobImports.dropInvalidFields(record.form())
				.forEach((problem) -> notes.add(new Note("transfer.note.fieldLeftOut", problem)));
			List<String> blocking = Importer.this.jobImports.blockingProblems(record.form());
			if (!blocking.isEmpty()) {
				blocking.forEach((problem) -> notes.add(new Note("transfer.note.field", problem)));
				skip(Kind.JOB, record.sourceId(), title, notes);
				return;
			}
			String sourceId = sourceIdOf(pending);
			Long existing = existingJob(sourceId, companyId, record, known);
			JobImports.Saved saved = Importer.this.jobImports.save(existing, companyId, record.form(), record.status(),
					record.postedAt());
			remembered.add(new ImportSources.Source(sourceId, record.sourceSlug(), saved.id()));
			known.put(sourceId, saved.id());
			this.report.add(Kind.JOB, sourceId, title, Outcome.valueOf(saved.change().name()), notes);
			this.handled++;
		}

		private Long companyOf(String companySourceId) {
			if (companySourceId == null) {
				return null;
			}
			Long id = this.companyIds.get(companySourceId);
			if (id != null) {
				return id;
			}
			Optional<Long> known = Importer.this.sources.find(this.site, ImportSources.Kind.COMPANY, companySourceId);
			if (known.isEmpty() && this.csv) {
				// A jobs CSV names companies by their slug on the board it comes from.
				known = Importer.this.sources.findBySourceSlug(this.site, ImportSources.Kind.COMPANY, companySourceId);
			}
			if (known.isPresent()) {
				id = known.get();
			}
			else if (this.ownRows) {
				id = Importer.this.companies.findBySlug(companySourceId).map(Company::getId).orElse(null);
			}
			if (id != null) {
				this.companyIds.put(companySourceId, id);
			}
			return id;
		}

		private Long existingJob(String sourceId, long companyId, JobRecord record, Map<String, Long> known) {
			Long id = known.get(sourceId);
			if (id != null) {
				return id;
			}
			if (this.ownRows && sourceId.matches("^[0-9]{1,18}$")) {
				// Our own CSV on the board it came from: the job with that id, if it is
				// the same company's same title.
				Optional<Job> same = Importer.this.jobs.findById(Long.parseLong(sourceId))
					.filter((job) -> job.getCompany().getId() == companyId
							&& job.getTitle().equals(record.form().getTitle()));
				return same.map(Job::getId).orElse(null);
			}
			return null;
		}

		private void skip(Kind kind, String sourceId, String name, List<Note> notes) {
			this.report.add(kind, sourceId, name, Outcome.SKIPPED, notes);
			this.handled++;
		}

	}

}
