package com.jobboard.job;

/** How search results are ordered. */
public enum JobSort {

	/** Most recently posted first. */
	NEWEST,

	/** Best match for the keywords first (newest first when there are no keywords). */
	RELEVANCE

}
