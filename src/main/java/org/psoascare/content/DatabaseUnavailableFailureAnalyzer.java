package org.psoascare.content;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached" at start-up, after Flyway's retries
 * ({@code spring.flyway.connect-retries}), into one plain message instead of a long stack
 * trace. It handles only connection failures (SQL state class 08); any other database
 * error keeps its full report.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		SQLException connection = connectionFailure(cause);
		if (connection == null) {
			return null;
		}
		return new FailureAnalysis(
				"Could not reach the database, after retrying: " + firstSentence(connection.getMessage()),
				"Start the database or check spring.datasource.url (SPRING_DATASOURCE_URL). Retries are set by "
						+ "spring.flyway.connect-retries and spring.flyway.connect-retries-interval (seconds).",
				cause);
	}

	private static SQLException connectionFailure(SQLException first) {
		for (Throwable cause = first; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return sql;
			}
		}
		return null;
	}

	private static String firstSentence(String message) {
		if (message == null) {
			return "no reason given.";
		}
		int end = message.indexOf(". ");
		return (end < 0) ? message.strip() : message.substring(0, end + 1);
	}

}
