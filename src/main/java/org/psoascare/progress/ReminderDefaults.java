package org.psoascare.progress;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the calendar form shows before the person changes it: a time of day and a time
 * zone ({@code psoascare.reminders.time} and {@code psoascare.reminders.time-zone}). With
 * JavaScript the form takes the browser's own time zone instead. Templates read it as
 * {@code ${@reminderDefaults}}.
 */
@Component("reminderDefaults")
class ReminderDefaults {

	private final String time;

	private final String zone;

	ReminderDefaults(@Value("${psoascare.reminders.time:08:00}") String time,
			@Value("${psoascare.reminders.time-zone:Europe/London}") String zone) {
		if (CalendarFile.zone(zone) == null) {
			throw new IllegalArgumentException("psoascare.reminders.time-zone must be a region such as Europe/London");
		}
		this.time = time;
		this.zone = zone;
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
