package com.jobboard.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jobboard.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --jobboard.import=FILE [--jobboard.import-uploads=ZIP] [--jobboard.import.site=KEY]
 * [--jobboard.import-dry-run]}: the same import as the admin page, without a browser,
 * then the app exits (status 0 when the file was imported, 1 when it was refused). The
 * report goes to the log.
 */
@Component
class ImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final Importer importer;

	private final Messages messages;

	private final ConfigurableApplicationContext context;

	ImportCommand(Importer importer, Messages messages, ConfigurableApplicationContext context) {
		this.importer = importer;
		this.messages = messages;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> files = args.getOptionValues("jobboard.import");
		if (files == null || files.isEmpty()) {
			return;
		}
		List<String> zips = args.getOptionValues("jobboard.import-uploads");
		Path zip = (zips != null && !zips.isEmpty()) ? Path.of(zips.get(0)) : null;
		boolean dryRun = args.containsOption("jobboard.import-dry-run");
		List<String> sites = args.getOptionValues("jobboard.import.site");
		String site;
		try {
			site = CsvSites.chosen((sites != null && !sites.isEmpty()) ? sites.get(0) : null).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			log.error("Import: {}", this.messages.get("transfer.upload.problem.site"));
			System.exit(SpringApplication.exit(this.context, () -> 1));
			return;
		}
		int status = importFile(Path.of(files.get(0)), zip, site, dryRun) ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	/**
	 * Imports the file and logs the report; whether it went through.
	 * @param site the site key for a CSV, checked by {@link CsvSites#chosen}, or
	 * {@code null}
	 */
	boolean importFile(Path file, Path zip, String site, boolean dryRun) {
		if (!Files.isRegularFile(file)) {
			log.error("Import: no file {}", file);
			return false;
		}
		long started = System.nanoTime();
		ImportReport report = this.importer.run(ImportUploads.Upload.of(file, zip, site), dryRun,
				new Importer.Author(null, null), (handled) -> log.info("Import: {} records so far", handled));
		long millis = (System.nanoTime() - started) / 1_000_000;
		for (ImportReport.Entry entry : report.getEntries()) {
			for (Note note : entry.notes()) {
				log.info("Import: {} {} {} ({}): {}", entry.kind(), entry.outcome(), entry.name(), entry.sourceId(),
						text(note));
			}
		}
		if (report.isFailed()) {
			report.getFileProblems().forEach((note) -> log.error("Import refused {}: {}", file, text(note)));
			return false;
		}
		log.info("Import {} of {} ({}) in {} ms: companies {}; jobs {}", dryRun ? "dry run" : "done", file,
				report.getFormat(), millis, report.getCompanies(), report.getJobs());
		return true;
	}

	private String text(Note note) {
		return this.messages.get(note.code(), note.args());
	}

}
