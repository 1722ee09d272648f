package com.jobboard.transfer;

/**
 * The file as a whole cannot be imported (not XML, an entity declaration, another
 * plugin's export, wrong columns…).
 */
class ImportFileException extends RuntimeException {

	private final Note note;

	ImportFileException(Note note) {
		super(note.toString());
		this.note = note;
	}

	ImportFileException(Note note, Throwable cause) {
		super(note.toString(), cause);
		this.note = note;
	}

	Note note() {
		return this.note;
	}

}
