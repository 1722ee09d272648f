package com.jobboard.transfer;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.jobboard.transfer.ImportUploads.Upload;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Dry runs and imports of uploaded files, run in the background so that a large file
 * never holds a request; the page of an upload shows how far it got and refreshes itself
 * until it is done. One run per upload at a time. What a run found is kept in memory (an
 * upload whose run was lost with a restart is simply checked again).
 */
@Service
class ImportRuns {

	private final Importer importer;

	private final ImportUploads uploads;

	/**
	 * One import at a time: they write the same tables, and the machine has other work.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final Map<String, State> states = new ConcurrentHashMap<>();

	ImportRuns(Importer importer, ImportUploads uploads) {
		this.importer = importer;
		this.uploads = uploads;
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(100);
		this.executor.setThreadNamePrefix("import-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.initialize();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

	/**
	 * Where a run is: running (with the records handled so far), or done with its report.
	 */
	record State(boolean dryRun, boolean running, int handled, ImportReport report) {
	}

	Optional<State> state(String id) {
		return Optional.ofNullable(this.states.get(id));
	}

	/** Starts the dry run of a new upload. */
	void startDryRun(Upload upload, Importer.Author author) {
		start(upload, true, author);
	}

	/**
	 * Starts the import an admin confirmed, unless the upload's dry run found the file
	 * unusable or a run is going on.
	 * @return whether it started
	 */
	boolean startImport(Upload upload, Importer.Author author) {
		State state = this.states.get(upload.id());
		if (state == null || state.running() || !state.dryRun() || state.report() == null
				|| state.report().isFailed()) {
			return false;
		}
		return start(upload, false, author);
	}

	private boolean start(Upload upload, boolean dryRun, Importer.Author author) {
		State running = new State(dryRun, true, 0, null);
		State previous = this.states.get(upload.id());
		if (previous != null && previous.running()) {
			return false;
		}
		boolean claimed = (previous == null) ? this.states.putIfAbsent(upload.id(), running) == null
				: this.states.replace(upload.id(), previous, running);
		if (!claimed) {
			return false;
		}
		this.executor.execute(() -> {
			ImportReport report;
			try {
				report = this.importer.run(upload, dryRun, author,
						(handled) -> this.states.put(upload.id(), new State(dryRun, true, handled, null)));
			}
			catch (RuntimeException ex) {
				report = new ImportReport(upload.fileName(), dryRun);
				report.fail(new Note("transfer.file.failed"));
			}
			this.states.put(upload.id(), new State(dryRun, false, 0, report));
			if (!dryRun && !report.isFailed()) {
				this.uploads.delete(upload.id());
			}
		});
		return true;
	}

}
