package com.jobboard.company;

import java.time.Instant;

/**
 * Changes whenever anything shown on a profile page changes: the company row (its
 * version) or any of its jobs (their number, latest update and the sum of their versions,
 * which moves even when instances' clocks disagree), or its number of followers (kept
 * exact by a trigger on alerts). Cheap to read, so a cached profile can be checked on
 * every page view, whichever instance made the change.
 */
record ProfileFingerprint(long companyId, long companyVersion, long jobCount, Instant jobsUpdatedAt, long jobVersions,
		long followers) {
}
