package com.jobboard.job;

/** The period a salary is paid for, named as schema.org's {@code unitText} values. */
public enum SalaryPeriod {

	HOUR("hour"), DAY("day"), WEEK("week"), MONTH("month"), YEAR("year");

	private final String label;

	SalaryPeriod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
