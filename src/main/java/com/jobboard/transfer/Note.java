package com.jobboard.transfer;

import java.util.Arrays;

/**
 * A line of an import's report: a message code of the bundles and its arguments, shown in
 * the reader's language.
 */
public record Note(String code, Object... args) {

	@Override
	public boolean equals(Object other) {
		return other instanceof Note note && note.code.equals(this.code) && Arrays.equals(note.args, this.args);
	}

	@Override
	public int hashCode() {
		return this.code.hashCode() * 31 + Arrays.hashCode(this.args);
	}

	@Override
	public String toString() {
		return this.code + Arrays.toString(this.args);
	}

}
