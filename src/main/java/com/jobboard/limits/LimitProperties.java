package com.jobboard.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often per hour an employer may save their profile and post jobs, and how many
 * sign-ups one client address may send. Admins are never limited.
 *
 * @param profileEditsPerHour saves of the company form that changed something, per
 * account
 * @param jobPostsPerHour new jobs plus jobs published or reopened, per account
 * @param registrationsPerAddressPerHour employer sign-up forms sent, per client address
 * @param alertSignUpsPerAddressPerHour job alerts and follows signed up for, per client
 * address
 * @param applicationsPerAddressPerHour job applications sent, per client address
 * @param invitationsPerCompanyPerHour invitations to a company's team, per company
 */
@ConfigurationProperties("jobboard.limits")
public record LimitProperties(@DefaultValue("20") int profileEditsPerHour, @DefaultValue("10") int jobPostsPerHour,
		@DefaultValue("5") int registrationsPerAddressPerHour, @DefaultValue("10") int alertSignUpsPerAddressPerHour,
		@DefaultValue("20") int invitationsPerCompanyPerHour, @DefaultValue("10") int applicationsPerAddressPerHour) {

	int of(LimitedAction action) {
		return switch (action) {
			case PROFILE_EDIT -> this.profileEditsPerHour;
			case JOB_POST -> this.jobPostsPerHour;
			case REGISTRATION -> this.registrationsPerAddressPerHour;
			case ALERT_SIGN_UP -> this.alertSignUpsPerAddressPerHour;
			case APPLICATION -> this.applicationsPerAddressPerHour;
			case INVITATION -> this.invitationsPerCompanyPerHour;
		};
	}

}
