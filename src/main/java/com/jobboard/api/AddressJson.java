package com.jobboard.api;

import com.jobboard.address.Address;

/**
 * A postal address, every part optional ({@code null} when not given).
 *
 * @param locality the town or area
 * @param countryCode an ISO 3166-1 alpha-2 code
 */
record AddressJson(String streetAddress, String postalCode, String locality, String region, String countryCode) {

	/** The address, or {@code null} when no part of it is known. */
	static AddressJson of(Address address) {
		if (address == null || address.isEmpty()) {
			return null;
		}
		return new AddressJson(address.streetAddress(), address.postalCode(), address.locality(), address.region(),
				address.countryCode());
	}

}
