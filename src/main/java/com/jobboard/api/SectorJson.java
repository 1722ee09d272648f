package com.jobboard.api;

/**
 * A sector a company works in.
 *
 * @param slug what {@code /api/companies?sector=} takes
 * @param name for people
 */
record SectorJson(String slug, String name) {
}
