package com.jobboard.api;

/** The company that offers a job, with where to find more about it. */
record CompanyRefJson(long id, String slug, String name, String logoUrl, String url, String apiUrl) {
}
