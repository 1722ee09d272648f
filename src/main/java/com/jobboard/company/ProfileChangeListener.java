package com.jobboard.company;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.jobboard.system.DatabaseOutage;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on a connection of its own (not the pool's), for the notifications PostgreSQL
 * sends when a profile changes (the triggers of migration V13, channel {@value #CHANNEL},
 * the company's id as payload), and drops that company's entry from the
 * {@link ProfileCache}. One thread per instance.
 *
 * <p>
 * The cache trusts its entries only while this listens. When the connection breaks (the
 * database restarts, the backend is terminated, the network drops it: a check every
 * {@code jobboard.profile-cache.listener-check-interval} notices a silent one), the cache
 * at once falls back to checking every view against the database, and this connects
 * again, at once and then with growing waits. A connection that cannot be made tells
 * {@link DatabaseOutage}, so visitors get the 503 page while the database is away, even
 * when their page is in the cache.
 */
@Component
class ProfileChangeListener implements SmartLifecycle {

	static final String CHANNEL = "profile_changed";

	/**
	 * Shown in pg_stat_activity, so that an operator can tell this connection from the
	 * pool's.
	 */
	static final String APPLICATION_NAME = "jobboard profile listener";

	private static final Logger log = LoggerFactory.getLogger(ProfileChangeListener.class);

	private static final long FIRST_RECONNECT_WAIT_MILLIS = 100;

	private final DataSource dataSource;

	private final ProfileCache cache;

	private final DatabaseOutage outage;

	private final ProfileCacheProperties properties;

	private volatile boolean running;

	private volatile Thread thread;

	/** Whether the current connection got as far as listening. */
	private volatile boolean listened;

	/**
	 * The PostgreSQL backend of the current connection (for tests and operators), or 0.
	 */
	private volatile int backendPid;

	ProfileChangeListener(DataSource dataSource, ProfileCache cache, DatabaseOutage outage,
			ProfileCacheProperties properties) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.outage = outage;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		Thread listener = new Thread(this::listenUntilStopped, "profile-change-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		Thread listener = this.thread;
		this.thread = null;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(this.properties.listenerPollInterval().toMillis() + 2_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.cache.stoppedListening();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether the listener is connected and listening now. */
	boolean isListening() {
		return this.cache.isListening();
	}

	/** The PostgreSQL process id of the listening connection, or 0 when there is none. */
	int backendPid() {
		return this.backendPid;
	}

	private void listenUntilStopped() {
		long wait = FIRST_RECONNECT_WAIT_MILLIS;
		while (this.running) {
			this.listened = false;
			try (Connection connection = connect()) {
				listen(connection);
			}
			catch (SQLException | RuntimeException ex) {
				this.cache.stoppedListening();
				this.backendPid = 0;
				if (!this.running) {
					return;
				}
				if (this.listened) {
					// A connection that worked broke (a restart, a terminated backend):
					// try again at once.
					log.info("Profile change listener lost its connection; listening again: {}", ex.getMessage());
					wait = FIRST_RECONNECT_WAIT_MILLIS;
					continue;
				}
				// No connection: while the database cannot be reached, pages answer 503
				// (the cache alone would
				// keep serving profiles as they were).
				this.outage.recordFailure(ex);
				log.warn("Profile change listener cannot listen; every profile view checks the database until it "
						+ "can: {}", ex.getMessage());
				sleep(wait);
				wait = Math.min(wait * 2, this.properties.listenerMaxReconnectWait().toMillis());
			}
			finally {
				this.cache.stoppedListening();
				this.backendPid = 0;
			}
		}
	}

	private void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
			try (ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
				pid.next();
				this.backendPid = pid.getInt(1);
			}
		}
		// From here on every committed change is notified to this connection: what was
		// cached before is dropped.
		this.cache.startedListening();
		this.listened = true;
		log.info("Listening for profile changes (backend {})", this.backendPid);
		PGConnection notifications = connection.unwrap(PGConnection.class);
		int pollMillis = (int) Math.max(1, this.properties.listenerPollInterval().toMillis());
		long checkNanos = this.properties.listenerCheckInterval().toNanos();
		long lastCheck = System.nanoTime();
		while (this.running) {
			PGNotification[] received = notifications.getNotifications(pollMillis);
			if (received != null) {
				for (PGNotification notification : received) {
					companyChanged(notification.getParameter());
				}
			}
			if (System.nanoTime() - lastCheck > checkNanos) {
				check(connection);
				lastCheck = System.nanoTime();
			}
		}
	}

	private void companyChanged(String payload) {
		try {
			this.cache.companyChanged(Long.parseLong(payload.trim()));
		}
		catch (NumberFormatException ex) {
			// Not one of ours: drop everything rather than guess.
			log.warn("Unexpected profile change notification '{}'; dropping every cached profile", payload);
			this.cache.startedListening();
		}
	}

	/**
	 * A round trip, so that a connection that went silent fails here instead of waiting
	 * forever.
	 */
	private static void check(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(5);
			statement.execute("select 1");
		}
	}

	/**
	 * A connection of its own, to the pool's database with the pool's settings (connect
	 * timeout and all).
	 */
	private Connection connect() throws SQLException {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		Properties settings = new Properties();
		settings.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			settings.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			settings.setProperty("password", pool.getPassword());
		}
		settings.setProperty("ApplicationName", APPLICATION_NAME);
		// Notifications wait in the socket while nothing reads: reading them is what
		// getNotifications(timeout) does.
		settings.setProperty("tcpKeepAlive", "true");
		Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), settings);
		connection.setAutoCommit(true);
		return connection;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public int getPhase() {
		// Starts before the web server (which starts last) and stops after it.
		return Integer.MAX_VALUE - 4096;
	}

}
