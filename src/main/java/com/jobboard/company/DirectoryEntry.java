package com.jobboard.company;

import java.util.List;

/** A company as the directory and the home page list it. */
public record DirectoryEntry(long id, String slug, String name, String tagline, Long logoId, List<String> sectors,
		long openJobs) {

	public String path() {
		return "/companies/" + this.slug;
	}

	public String logoPath() {
		return (this.logoId != null) ? "/logos/" + this.logoId : null;
	}

}
