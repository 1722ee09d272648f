package com.jobboard.company;

import java.util.List;

/**
 * A profile as one page view shows it: the open jobs and the view count as of this
 * request.
 */
public record ProfilePage(CompanyProfile profile, List<PublishedJob> openJobs, long views) {

	public int postedJobs() {
		return this.openJobs.size();
	}

}
