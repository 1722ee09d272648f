package com.jobboard.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, or (dry run) would do: counts per kind and outcome, one entry per
 * record that was created, updated or skipped or has notes (the first
 * {@link #MAX_ENTRIES}), and the problems that stop the file as a whole.
 */
public class ImportReport {

	static final int MAX_ENTRIES = 2000;

	private final String fileName;

	private final boolean dryRun;

	private ImportFormat format;

	private String site;

	private final Counts companies = new Counts();

	private final Counts jobs = new Counts();

	private final List<Entry> entries = new ArrayList<>();

	private int entriesLeftOut;

	private final List<Note> fileProblems = new ArrayList<>();

	private boolean logosWithoutZip;

	ImportReport(String fileName, boolean dryRun) {
		this.fileName = fileName;
		this.dryRun = dryRun;
	}

	void add(Kind kind, String sourceId, String name, Outcome outcome, List<Note> notes) {
		((kind == Kind.COMPANY) ? this.companies : this.jobs).count(outcome);
		if (outcome == Outcome.UNCHANGED && notes.isEmpty()) {
			return;
		}
		if (this.entries.size() < MAX_ENTRIES) {
			this.entries.add(new Entry(kind, sourceId, name, outcome, List.copyOf(notes)));
		}
		else {
			this.entriesLeftOut++;
		}
	}

	void fail(Note problem) {
		this.fileProblems.add(problem);
	}

	void describe(ImportFormat format, String site) {
		this.format = format;
		this.site = site;
	}

	void logosWithoutZip() {
		this.logosWithoutZip = true;
	}

	public boolean isFailed() {
		return !this.fileProblems.isEmpty();
	}

	/** Whether a confirmed import would change anything. */
	public boolean hasChanges() {
		return this.companies.created + this.companies.updated + this.jobs.created + this.jobs.updated > 0;
	}

	public String getFileName() {
		return this.fileName;
	}

	public boolean isDryRun() {
		return this.dryRun;
	}

	public ImportFormat getFormat() {
		return this.format;
	}

	public String getSite() {
		return this.site;
	}

	public Counts getCompanies() {
		return this.companies;
	}

	public Counts getJobs() {
		return this.jobs;
	}

	public List<Entry> getEntries() {
		return this.entries;
	}

	public int getEntriesLeftOut() {
		return this.entriesLeftOut;
	}

	public List<Note> getFileProblems() {
		return this.fileProblems;
	}

	public boolean isLogosWithoutZip() {
		return this.logosWithoutZip;
	}

	public enum Kind {

		COMPANY, JOB

	}

	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, SKIPPED

	}

	/**
	 * One record: its id in the source, its name or title, and what happened, with why.
	 */
	public record Entry(Kind kind, String sourceId, String name, Outcome outcome, List<Note> notes) {
	}

	/**
	 * How many records were (or would be) created, updated, left unchanged and skipped.
	 */
	public static class Counts {

		private int created;

		private int updated;

		private int unchanged;

		private int skipped;

		void count(Outcome outcome) {
			switch (outcome) {
				case CREATED -> this.created++;
				case UPDATED -> this.updated++;
				case UNCHANGED -> this.unchanged++;
				case SKIPPED -> this.skipped++;
			}
		}

		public int getCreated() {
			return this.created;
		}

		public int getUpdated() {
			return this.updated;
		}

		public int getUnchanged() {
			return this.unchanged;
		}

		public int getSkipped() {
			return this.skipped;
		}

		public int getTotal() {
			return this.created + this.updated + this.unchanged + this.skipped;
		}

		@Override
		public String toString() {
			return "created " + this.created + ", updated " + this.updated + ", unchanged " + this.unchanged
					+ ", skipped " + this.skipped;
		}

	}

}
