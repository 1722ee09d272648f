package com.jobboard.company.admin;

import java.util.List;

/**
 * How one state of a profile differs from another: the fields that changed, and the
 * description line by line.
 */
public record ProfileDiff(List<FieldChange> fields, List<LineDiff.Line> description) {

	public boolean isEmpty() {
		return this.fields.isEmpty() && this.description.isEmpty();
	}

	public boolean descriptionChanged() {
		return !this.description.isEmpty();
	}

	/**
	 * A field's value before and after; {@code null} where it was empty.
	 *
	 * @param labelCode the message code of the field's name
	 * @param coded whether the values are message codes (a status, a size) rather than
	 * text
	 */
	public record FieldChange(String labelCode, String before, String after, boolean coded) {
	}

}
