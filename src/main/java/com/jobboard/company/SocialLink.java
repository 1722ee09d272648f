package com.jobboard.company;

/** A link from a profile to the company's page on a social network. */
public record SocialLink(SocialNetwork network, String url) {
}
