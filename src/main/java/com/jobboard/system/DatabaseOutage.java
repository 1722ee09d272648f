package com.jobboard.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Knows whether PostgreSQL is reachable, so that while it is not, requests are answered
 * at once (503) instead of each waiting for a connection that will not come. It learns of
 * an outage from a failed request, then checks the database every
 * {@code jobboard.outage.probe-interval} in the background until a connection works
 * again; nothing needs a restart.
 */
@Component
public class DatabaseOutage implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/** Deep enough for Spring's, Hibernate's, Hikari's and the driver's wrapping. */
	private static final int MAX_CAUSE_DEPTH = 20;

	private final DataSource dataSource;

	private final long probeIntervalMillis;

	private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "database-outage-probe");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean down;

	DatabaseOutage(DataSource dataSource, @Value("${jobboard.outage.probe-interval:1s}") Duration probeInterval) {
		this.dataSource = dataSource;
		this.probeIntervalMillis = Math.max(50, probeInterval.toMillis());
	}

	/** Whether the database is known to be unreachable right now. */
	public boolean isDown() {
		return this.down;
	}

	/**
	 * Looks at a failure of a request: when it says the database cannot be reached, the
	 * outage begins (if it had not already) and checking for the database's return
	 * starts.
	 * @return whether the failure was the database being unreachable
	 */
	public boolean recordFailure(Throwable failure) {
		if (!isConnectionFailure(failure)) {
			return false;
		}
		startOutage(failure);
		return true;
	}

	private synchronized void startOutage(Throwable failure) {
		if (this.down) {
			return;
		}
		this.down = true;
		log.warn("PostgreSQL is unreachable; answering 503 until it is back: {}", rootMessage(failure));
		scheduleProbe();
	}

	private void scheduleProbe() {
		try {
			this.prober.schedule(this::probe, this.probeIntervalMillis, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			// Shutting down: nothing left to serve.
		}
	}

	private void probe() {
		if (canConnect()) {
			this.down = false;
			log.info("PostgreSQL is reachable again; serving pages");
		}
		else {
			scheduleProbe();
		}
	}

	private boolean canConnect() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether a failure, or anything that caused it, says the database cannot be reached.
	 */
	public static boolean isConnectionFailure(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			cause = (cause.getCause() == cause) ? null : cause.getCause();
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01..57P03 (the server shutting down
	 * or starting up).
	 */
	private static boolean isConnectionState(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSE_DEPTH; depth++) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	@Override
	public void destroy() {
		this.prober.shutdownNow();
	}

}
