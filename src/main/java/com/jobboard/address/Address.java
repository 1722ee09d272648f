package com.jobboard.address;

import java.util.stream.Stream;

/**
 * A postal address as a company or a job gives it: every part optional, blank parts
 * {@code null}.
 *
 * @param locality the town or the place as people wrote it
 * @param countryCode an ISO 3166-1 alpha-2 code (see {@link Countries})
 */
public record Address(String streetAddress, String postalCode, String locality, String region, String countryCode) {

	public static final int STREET_MAX = 200;

	public static final int POSTAL_CODE_MAX = 20;

	public static final int LOCALITY_MAX = 160;

	public static final int REGION_MAX = 100;

	/**
	 * Letters and digits, single spaces or hyphens between them: "20095", "SW1A 1AA",
	 * "1011-AB".
	 */
	public static final String POSTAL_CODE_PATTERN = "^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$";

	public Address {
		streetAddress = blankToNull(streetAddress);
		postalCode = blankToNull(postalCode);
		locality = blankToNull(locality);
		region = blankToNull(region);
		countryCode = blankToNull(countryCode);
	}

	/** No part is known. */
	public boolean isEmpty() {
		return Stream.of(this.streetAddress, this.postalCode, this.locality, this.region, this.countryCode)
			.allMatch((part) -> part == null);
	}

	/** More than a town and a country: worth showing as a postal address of its own. */
	public boolean hasDetails() {
		return this.streetAddress != null || this.postalCode != null || this.region != null;
	}

	/**
	 * The postal code and the town on one line, as most of Europe writes them ("20095
	 * Hamburg").
	 */
	public String postalCodeAndLocality() {
		if (this.postalCode == null) {
			return this.locality;
		}
		return (this.locality == null) ? this.postalCode : this.postalCode + " " + this.locality;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
