package com.jobboard.job;

import java.util.List;

import com.jobboard.web.FeedLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobFeedsTests {

	@Test
	void feedAddressHoldsEveryFilterInAFixedOrderButNotTheSort() {
		JobSearch search = new JobSearch(" C++ dev ", "Zürich", "it", EmploymentType.FULL_TIME, true,
				JobSort.RELEVANCE);

		assertThat(JobFeeds.path(search))
			.isEqualTo("/jobs/feed.atom?q=C%2B%2B+dev&location=Z%C3%BCrich&sector=it&type=FULL_TIME&remote=true");
		assertThat(JobFeeds.listPath(search))
			.isEqualTo("/jobs?q=C%2B%2B+dev&location=Z%C3%BCrich&sector=it&type=FULL_TIME&remote=true");
	}

	@Test
	void allJobsHaveThePlainFeedAddressAndTitle() {
		assertThat(JobFeeds.path(JobSearch.everything())).isEqualTo("/jobs/feed.atom");
		assertThat(JobFeeds.path(new JobSearch("", "", "", null, false, JobSort.NEWEST))).isEqualTo("/jobs/feed.atom");
		assertThat(JobFeeds.link(JobSearch.everything()))
			.isEqualTo(new FeedLink("feed.jobs.title", List.of(), "/jobs/feed.atom"));
	}

	@Test
	void aSearchFeedIsTitledByItsFilters() {
		FeedLink link = JobFeeds.link(new JobSearch("welder", "Berlin", null, EmploymentType.PART_TIME, true, null));

		assertThat(link.titleKey()).isEqualTo("feed.jobs.search-title");
		assertThat(link.titleArguments()).containsExactly("welder · Berlin · Part-time · Remote");
	}

}
