-- Social links have one name per network (SocialLinks: linkedin, x, facebook, instagram, github,
-- youtube). The columns keep their names (<network>_url, as x_url already was); the profiles kept in
-- revisions had six flat keys, one of them still "twitterUrl": they get the one nested object the
-- snapshot reads now, so that old revisions keep their links in the history and when restored.
update company_revisions
set snapshot = (snapshot - 'linkedinUrl' - 'twitterUrl' - 'facebookUrl' - 'instagramUrl' - 'githubUrl' - 'youtubeUrl')
    || jsonb_build_object('socialLinks', jsonb_build_object(
        'linkedin', snapshot -> 'linkedinUrl',
        'x', snapshot -> 'twitterUrl',
        'facebook', snapshot -> 'facebookUrl',
        'instagram', snapshot -> 'instagramUrl',
        'github', snapshot -> 'githubUrl',
        'youtube', snapshot -> 'youtubeUrl'))
where snapshot -> 'socialLinks' is null;
