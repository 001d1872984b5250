package org.psoascare.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run (started on first use, stopped when
 * the JVM exits); each caller gets a fresh, empty database on it.
 */
public final class EmbeddedPostgresServer {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	public static synchronized String newDatabaseUrl() {
		try {
			if (server == null) {
				server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
			}
			String name = "psoascare_" + DATABASES.incrementAndGet();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return server.getJdbcUrl("postgres", name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database", ex);
		}
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's temporary files are cleaned by the OS.
		}
	}

}
