package org.psoascare.web;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Every log event any component emits while it is open, as the text a log file would
 * hold: logger, level, message and the whole stack trace with each cause's message.
 * Tomcat logs through java.util.logging, which Spring Boot bridges to Logback, so its
 * lines arrive here too. While open, the site's own loggers ({@code org.psoascare}) log
 * at every level, TRACE included.
 */
final class LogCapture implements AutoCloseable {

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger site = (Logger) LoggerFactory.getLogger("org.psoascare");

	private final Level siteLevel = this.site.getLevel();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			StringBuilder text = new StringBuilder().append(event.getLevel())
				.append(' ')
				.append(event.getLoggerName())
				.append(": ")
				.append(event.getFormattedMessage());
			IThrowableProxy thrown = event.getThrowableProxy();
			if (thrown != null) {
				text.append('\n').append(ThrowableProxyUtil.asString(thrown));
			}
			LogCapture.this.events.add(text.toString());
		}

	};

	private LogCapture() {
		this.appender.setContext(this.root.getLoggerContext());
		this.appender.start();
		this.root.addAppender(this.appender);
		this.site.setLevel(Level.TRACE);
	}

	static LogCapture start() {
		return new LogCapture();
	}

	/** The events so far, oldest first. */
	List<String> events() {
		return List.copyOf(this.events);
	}

	/**
	 * The events that contain any of the given values, each shortened, with the value it
	 * holds.
	 */
	List<String> eventsHolding(Collection<String> values) {
		return this.events.stream()
			.flatMap((event) -> values.stream()
				.filter(event::contains)
				.limit(1)
				.map((value) -> "[" + shorten(value) + "] in: " + shorten(event)))
			.toList();
	}

	private static String shorten(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

	@Override
	public void close() {
		this.root.detachAppender(this.appender);
		this.appender.stop();
		this.site.setLevel(this.siteLevel);
	}

}
