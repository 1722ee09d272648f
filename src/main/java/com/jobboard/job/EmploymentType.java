package com.jobboard.job;

/** Kinds of employment, named as in Google's JobPosting {@code employmentType}. */
public enum EmploymentType {

	FULL_TIME("Full-time"), PART_TIME("Part-time"), CONTRACTOR("Contract"), TEMPORARY("Temporary"),
	INTERN("Internship"), VOLUNTEER("Volunteer"), PER_DIEM("Per diem"), OTHER("Other");

	private final String label;

	EmploymentType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
