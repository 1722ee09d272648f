package com.jobboard.job;

import com.jobboard.web.PageMeta;

/**
 * A job's public page: the job, whether people can still apply, a plain-text excerpt of
 * the description for the meta description, and the head meta (with the posting's JSON-LD
 * while open).
 */
record JobPage(JobDetails job, boolean open, String excerpt, PageMeta meta) {
}
