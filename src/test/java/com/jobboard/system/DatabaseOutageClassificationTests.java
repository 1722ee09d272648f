package com.jobboard.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database cannot be reached" (503), and which are ordinary
 * errors.
 */
class DatabaseOutageClassificationTests {

	@Test
	void failuresToReachTheDatabaseAreRecognisedThroughAnyWrapping() {
		SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
				"Connection is not available, request timed out after 3000ms",
				new SQLException("Connection refused", "08001", new ConnectException("Connection refused")));

		assertThat(DatabaseOutage.isConnectionFailure(poolTimeout)).isTrue();
		assertThat(DatabaseOutage.isConnectionFailure(new ServletException(
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout))))
			.isTrue();
		assertThat(DatabaseOutage
			.isConnectionFailure(new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout)))
			.isTrue();
		assertThat(DatabaseOutage.isConnectionFailure(
				new JDBCConnectionException("could not execute statement", new SQLException("I/O error", "08006"))))
			.isTrue();
		assertThat(DatabaseOutage.isConnectionFailure(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void ordinaryDatabaseErrorsAndBugsAreNotAnOutage() {
		assertThat(DatabaseOutage.isConnectionFailure(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.isConnectionFailure(new QueryTimeoutException("canceling statement", null)))
			.isFalse();
		assertThat(DatabaseOutage.isConnectionFailure(new ObjectOptimisticLockingFailureException("Company", 1L)))
			.isFalse();
		assertThat(DatabaseOutage.isConnectionFailure(new IllegalStateException("a bug"))).isFalse();
	}

}
