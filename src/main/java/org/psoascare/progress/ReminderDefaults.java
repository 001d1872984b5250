package org.psoascare.progress;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What the calendar form shows before the person changes it: a time of day and a time
 * zone ({@link ReminderProperties}). With JavaScript the form takes the browser's own
 * time zone instead. Templates read it as {@code ${@reminderDefaults}}.
 */
@Component("reminderDefaults")
class ReminderDefaults {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private final String time;

	private final String zone;

	ReminderDefaults(ReminderProperties properties) {
		this.time = properties.time().format(HOURS_MINUTES);
		this.zone = properties.timeZone();
	}

	/** The time of day first shown, {@code HH:mm}. */
	public String time() {
		return this.time;
	}

	/** The time zone first shown, an IANA identifier such as {@code Europe/London}. */
	public String zone() {
		return this.zone;
	}

	/** The days of the week, as RFC 5545 codes, Monday first. */
	public Set<String> days() {
		return ReminderRequest.DAY_CODES.keySet();
	}

}
