package com.jobboard.company;

/** Head-count bands, as job boards and structured data describe company size. */
public enum SizeBand {

	SIZE_1_10(1, 10), SIZE_11_50(11, 50), SIZE_51_200(51, 200), SIZE_201_500(201, 500), SIZE_501_1000(501, 1000),
	SIZE_1001_5000(1001, 5000), SIZE_5001_10000(5001, 10000), SIZE_10001_PLUS(10001, null);

	private final int minEmployees;

	private final Integer maxEmployees;

	SizeBand(int minEmployees, Integer maxEmployees) {
		this.minEmployees = minEmployees;
		this.maxEmployees = maxEmployees;
	}

	public int minEmployees() {
		return this.minEmployees;
	}

	/** The upper bound, or {@code null} for the open-ended top band. */
	public Integer maxEmployees() {
		return this.maxEmployees;
	}

	/**
	 * In English, for logs: "51–200 employees", "10,001+ employees" (people read
	 * {@code sizeBand.*} messages).
	 */
	public String label() {
		if (this.maxEmployees == null) {
			return String.format("%,d+ employees", this.minEmployees);
		}
		return String.format("%,d–%,d employees", this.minEmployees, this.maxEmployees);
	}

}
