package com.jobboard.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestClock;
import com.jobboard.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import static com.jobboard.mail.MailOutboxIT.address;
import static com.jobboard.mail.MailOutboxIT.receivedBy;
import static com.jobboard.mail.MailOutboxIT.testMessage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery through outages and across instances: dispatchers of their own, over the
 * shared database, some sending to a port where no SMTP server listens, others to the
 * real test SMTP server. Time moves with the {@link TestClock}.
 */
@IntegrationTest
class MailDispatcherIT {

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TestClock clock;

	@BeforeEach
	void emptyMailboxes() {
		TestMail.purge();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void whileTheServerIsAwayNothingIsLostAndOnceItIsBackTwoDispatchersDeliverEveryMessageExactlyOnce()
			throws Exception {
		List<String> recipients = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String to = address();
			recipients.add(to);
			ids.add(this.outbox.enqueue(testMessage(to, (i % 2 == 0) ? Locale.ENGLISH : Locale.GERMAN).build()));
		}

		// The SMTP server is away: two instances try at the same time, every attempt
		// fails and is scheduled again.
		List<Integer> whileAway = concurrently(dispatcher(downServer()), dispatcher(downServer()));
		assertThat(whileAway).containsExactly(0, 0);
		for (long id : ids) {
			assertThat(row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
			assertThat((String) row(id).get("last_error")).isNotBlank();
		}
		// Not due again before the back-off has passed.
		assertThat(dispatcher(downServer()).deliverDue()).isZero();
		assertThat(row(ids.get(0))).containsEntry("attempts", 1);

		// The server is back: two instances drain the outbox at the same time. Each holds
		// its first message until
		// the other holds one too, so both are provably claiming and sending side by
		// side.
		this.clock.advance(this.settings.firstRetry().plusSeconds(1));
		CyclicBarrier bothSending = new CyclicBarrier(2);
		CountingSender first = new CountingSender(liveServer(), bothSending);
		CountingSender second = new CountingSender(liveServer(), bothSending);
		List<Integer> sent = concurrently(dispatcher(first), dispatcher(second));

		for (String to : recipients) {
			assertThat(receivedBy(to)).as("messages received by " + to).hasSize(1);
		}
		for (long id : ids) {
			assertThat(row(id)).containsEntry("state", "SENT").containsEntry("attempts", 2);
		}
		assertThat(first.sent.get()).isPositive();
		assertThat(second.sent.get()).isPositive();
		// Both may also have delivered messages other tests left waiting; ours were each
		// sent once in all.
		assertThat(sent.get(0) + sent.get(1)).isGreaterThanOrEqualTo(30);
		assertThat(first.sent.get() + second.sent.get()).isEqualTo(sent.get(0) + sent.get(1));
	}

	@Test
	void failedAttemptsAreRetriedWithADoublingWait() {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());
		MailDispatcher away = dispatcher(downServer());

		away.deliverDue();
		assertThat(row(id)).containsEntry("attempts", 1).containsEntry("state", "PENDING");
		assertThat(waitUntilNextAttempt(id)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));

		this.clock.advance(Duration.ofSeconds(29));
		away.deliverDue();
		assertThat(row(id)).as("not due yet").containsEntry("attempts", 1);

		this.clock.advance(Duration.ofSeconds(2));
		away.deliverDue();
		assertThat(row(id)).containsEntry("attempts", 2);
		assertThat(waitUntilNextAttempt(id)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));

		this.clock.advance(Duration.ofSeconds(61));
		away.deliverDue();
		assertThat(row(id)).containsEntry("attempts", 3);
		assertThat(waitUntilNextAttempt(id)).isBetween(Duration.ofSeconds(115), Duration.ofSeconds(120));

		this.clock.advance(Duration.ofSeconds(121));
		dispatcher(liveServer()).deliverDue();
		assertThat(row(id)).containsEntry("state", "SENT").containsEntry("attempts", 4);
		assertThat(row(id).get("last_error")).isNull();
		assertThat(receivedBy(to)).hasSize(1);
	}

	@Test
	void theWaitBetweenAttemptsGrowsToAnHourAtMost() {
		assertThat(this.settings.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.settings.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.settings.retryDelay(8)).isEqualTo(Duration.ofHours(1));
		assertThat(this.settings.retryDelay(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aMessageStillFailingADayAfterItWasWrittenIsGivenUpWithItsLastError() {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());
		MailDispatcher away = dispatcher(downServer());

		this.clock.advance(Duration.ofHours(23));
		away.deliverDue();
		assertThat(row(id)).as("within the day: tried again later").containsEntry("state", "PENDING");

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		away.deliverDue();
		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("state", "FAILED").containsEntry("attempts", 2);
		assertThat((String) row.get("last_error")).containsIgnoringCase("connect");

		this.clock.advance(Duration.ofDays(1));
		dispatcher(liveServer()).deliverDue();
		assertThat(row(id)).as("a failed message is never sent").containsEntry("state", "FAILED");
		assertThat(receivedBy(to)).isEmpty();
	}

	@Test
	void aMessageWhoseDispatcherDiedIsClaimedAgainOnlyAfterItsLease() {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());
		// As a dispatcher leaves it when it stops between claiming and recording the
		// outcome.
		Instant claimedAt = this.clock.instant();
		this.jdbc.sql("""
				update mail_outbox set state = 'SENDING', attempts = 1, claim_token = :token, lease_until = :leaseUntil
				where id = :id""")
			.param("token", UUID.randomUUID())
			.param("leaseUntil", Timestamp.from(claimedAt.plus(this.settings.lease())))
			.param("id", id)
			.update();
		MailDispatcher live = dispatcher(liveServer());

		live.deliverDue();
		assertThat(row(id)).as("the lease still holds").containsEntry("state", "SENDING");
		assertThat(receivedBy(to)).isEmpty();

		this.clock.advance(this.settings.lease().plusSeconds(1));
		live.deliverDue();
		assertThat(row(id)).containsEntry("state", "SENT").containsEntry("attempts", 2);
		assertThat(receivedBy(to)).hasSize(1);
	}

	@Test
	void aDispatcherWithoutAnSmtpServerSendsNothing() {
		String to = address();
		long id = this.outbox.enqueue(testMessage(to, Locale.ENGLISH).build());

		assertThat(dispatcher(null).deliverDue()).isZero();

		assertThat(row(id)).containsEntry("state", "PENDING").containsEntry("attempts", 0);
	}

	private MailDispatcher dispatcher(JavaMailSender sender) {
		return new MailDispatcher(this.jdbc, this.transactionManager, sender, this.settings, this.clock);
	}

	/**
	 * Runs each dispatcher's deliverDue() on a thread of its own, all at once; their
	 * results in order.
	 */
	private static List<Integer> concurrently(MailDispatcher... dispatchers) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(dispatchers.length);
		try {
			CyclicBarrier start = new CyclicBarrier(dispatchers.length);
			List<Future<Integer>> results = new ArrayList<>();
			for (MailDispatcher dispatcher : dispatchers) {
				Callable<Integer> drain = () -> {
					start.await(10, TimeUnit.SECONDS);
					return dispatcher.deliverDue();
				};
				results.add(threads.submit(drain));
			}
			List<Integer> sent = new ArrayList<>();
			for (Future<Integer> result : results) {
				sent.add(result.get(60, TimeUnit.SECONDS));
			}
			return sent;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static JavaMailSenderImpl liveServer() {
		return sender(TestMail.port());
	}

	/** A port on this machine where nothing listens: connecting is refused at once. */
	private static JavaMailSenderImpl downServer() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return sender(socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(TestMail.HOST);
		sender.setPort(port);
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "10000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	private Duration waitUntilNextAttempt(long id) {
		OffsetDateTime next = this.jdbc.sql("select next_attempt_at from mail_outbox where id = ?")
			.param(id)
			.query(OffsetDateTime.class)
			.single();
		return Duration.between(this.clock.instant(), next.toInstant());
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("select * from mail_outbox where id = ?").param(id).query().singleRow();
	}

	/**
	 * Sends through a real server and counts; its first message waits until the other
	 * dispatcher sends too.
	 */
	private static final class CountingSender extends JavaMailSenderImpl {

		final AtomicInteger sent = new AtomicInteger();

		private final CyclicBarrier bothSending;

		CountingSender(JavaMailSenderImpl server, CyclicBarrier bothSending) {
			setHost(server.getHost());
			setPort(server.getPort());
			setJavaMailProperties(server.getJavaMailProperties());
			this.bothSending = bothSending;
		}

		@Override
		public void send(MimeMessage message) {
			if (this.sent.get() == 0) {
				try {
					this.bothSending.await(20, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new MailSendException("The other dispatcher never sent anything", ex);
				}
			}
			super.send(message);
			this.sent.incrementAndGet();
		}

	}

}
