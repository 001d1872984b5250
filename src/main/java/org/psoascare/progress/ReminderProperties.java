package org.psoascare.progress;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder settings, {@code psoascare.reminders.*}: what the "Add to my calendar"
 * form shows before the person changes it ({@link ReminderDefaults}). Each default is
 * written here once.
 *
 * @param time the time of day first shown, "HH:mm" such as "08:00"; a value that is not a
 * time of day stops start-up
 * @param timeZone the time zone first shown: an IANA region identifier such as
 * "Europe/London" (not an offset or an abbreviation); with JavaScript the form takes the
 * browser's own zone instead
 * @throws IllegalArgumentException when the time zone is not a region a calendar file can
 * describe, so that a bad setting stops start-up instead of breaking the form
 */
@ConfigurationProperties("psoascare.reminders")
record ReminderProperties(@DefaultValue("08:00") LocalTime time, @DefaultValue("Europe/London") String timeZone) {

	ReminderProperties {
		if (CalendarFile.zone(timeZone) == null) {
			throw new IllegalArgumentException("psoascare.reminders.time-zone must be a region such as Europe/London");
		}
	}

}
