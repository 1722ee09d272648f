package com.jobboard.support;

import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The real SMTP server of the tests: one GreenMail, started on a free port on first use
 * and shared by every test in the JVM (the shared {@link IntegrationTest} context sends
 * to it, see {@link TestMailInitializer}). Tests share it, so each test sends to
 * addresses of its own, calls {@link #purge()} in {@code @BeforeEach}, and after the
 * action calls {@code MailDispatcher.deliverDue()} and reads {@link #received()}.
 */
public final class TestMail {

	public static final String HOST = "127.0.0.1";

	private static GreenMail server;

	private TestMail() {
	}

	/** The GreenMail server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail greenMail = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
			greenMail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
			server = greenMail;
		}
		return server;
	}

	/** The port the SMTP server listens on. */
	public static int port() {
		return server().getSmtp().getPort();
	}

	/** Every message received since the last {@link #purge()}, in order of arrival. */
	public static List<MimeMessage> received() {
		return List.of(server().getReceivedMessages());
	}

	/** Forgets every message received so far. */
	public static void purge() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not empty the test mailboxes", ex);
		}
	}

}
