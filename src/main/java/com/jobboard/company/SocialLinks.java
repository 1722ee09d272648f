package com.jobboard.company;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The addresses of a company's pages on the social networks, one per
 * {@link SocialNetwork} and named after it everywhere: this record, the company form's
 * fields, the revisions' JSON. The columns are the network's name with {@code _url}
 * ({@code x_url}), like every address column.
 */
@Embeddable
public record SocialLinks(@Column(name = "linkedin_url") String linkedin, @Column(name = "x_url") String x,
		@Column(name = "facebook_url") String facebook, @Column(name = "instagram_url") String instagram,
		@Column(name = "github_url") String github, @Column(name = "youtube_url") String youtube) {

	/** No links at all. */
	public static final SocialLinks NONE = new SocialLinks(null, null, null, null, null, null);

	/** The address on one network, or {@code null}. */
	public String of(SocialNetwork network) {
		return switch (network) {
			case LINKEDIN -> this.linkedin;
			case X -> this.x;
			case FACEBOOK -> this.facebook;
			case INSTAGRAM -> this.instagram;
			case GITHUB -> this.github;
			case YOUTUBE -> this.youtube;
		};
	}

	/** These links with the one on a network replaced. */
	public SocialLinks with(SocialNetwork network, String url) {
		return new SocialLinks((network == SocialNetwork.LINKEDIN) ? url : this.linkedin,
				(network == SocialNetwork.X) ? url : this.x, (network == SocialNetwork.FACEBOOK) ? url : this.facebook,
				(network == SocialNetwork.INSTAGRAM) ? url : this.instagram,
				(network == SocialNetwork.GITHUB) ? url : this.github,
				(network == SocialNetwork.YOUTUBE) ? url : this.youtube);
	}

	/** The links that are set, in the networks' order. */
	public List<SocialLink> links() {
		List<SocialLink> links = new ArrayList<>();
		for (SocialNetwork network : SocialNetwork.values()) {
			String url = of(network);
			if (url != null && !url.isBlank()) {
				links.add(new SocialLink(network, url));
			}
		}
		return List.copyOf(links);
	}

}
