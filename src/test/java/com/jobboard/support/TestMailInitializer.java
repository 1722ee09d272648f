package com.jobboard.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at the shared {@link TestMail} SMTP server. The
 * outbox is not drained on a schedule in tests (once a day): a test calls
 * {@code MailDispatcher.deliverDue()} itself, so that no background drain races a test
 * that checks retries with the SMTP server away.
 */
public class TestMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.mail.host=" + TestMail.HOST, "spring.mail.port=" + TestMail.port(),
					"jobboard.mail.poll-interval=1d")
			.applyTo(context.getEnvironment());
	}

}
