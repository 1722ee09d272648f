package com.jobboard.system;

/**
 * Present in the context only when the application runs on its own embedded PostgreSQL.
 *
 * @param port the port the embedded server listens on (loopback only)
 */
public record EmbeddedDatabase(int port) {
}
