package com.jobboard.company;

/** The social networks a profile can link to, with the name people know them by. */
public enum SocialNetwork {

	LINKEDIN("LinkedIn"), X("X"), FACEBOOK("Facebook"), INSTAGRAM("Instagram"), GITHUB("GitHub"), YOUTUBE("YouTube");

	private final String displayName;

	SocialNetwork(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

}
