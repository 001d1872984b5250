package org.psoascare.progress;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Builds a weekly reminder as an iCalendar file (RFC 5545) with ical4j: one VEVENT that
 * starts on the first chosen day from today (in the person's time zone) at the chosen
 * local time, lasts the routine's length rounded up to a whole minute, repeats weekly on
 * the chosen days ({@code RRULE:FREQ=WEEKLY;BYDAY=...}), carries the routine's address
 * ({@code URL}) and an alarm at its start ({@code VALARM}, {@code ACTION:DISPLAY}), with
 * the time zone's VTIMEZONE from ical4j's bundled zone data, so the event stays at the
 * same local time across daylight-saving changes. ical4j's own time-zone updates (which
 * would fetch from tzurl.org) stay off ({@code ical4j.properties}).
 */
final class CalendarFile {

	/** What identifies this site's files among others' in a calendar. */
	static final String PRODUCT = "-//Psoas and sciatica self-care//Reminders//EN";

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarFile() {
	}

	/**
	 * The zone named by an IANA time-zone identifier (such as {@code Europe/London}) that
	 * ical4j can describe; null for anything else (an offset, an abbreviation, a typo).
	 */
	static ZoneId zone(String id) {
		if (id == null || id.isEmpty() || id.length() > 64 || !ZoneId.getAvailableZoneIds().contains(id)
				|| !id.contains("/")) {
			return null;
		}
		try {
			return (ZONES.getTimeZone(id) != null) ? ZoneId.of(id) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * @param summary the event's title
	 * @param description the event's and the alarm's text
	 * @param address the routine's absolute address
	 * @param days the days to repeat on, not empty
	 * @param firstDay the first day to consider (today in the person's zone)
	 * @param request the time and zone (already checked)
	 * @param lengthSeconds the routine's length, in seconds
	 * @param host the site's host name, for the event's UID
	 * @return the file's text, lines ending CRLF as RFC 5545 requires
	 */
	static String weekly(String summary, String description, URI address, Set<DayOfWeek> days, LocalDate firstDay,
			ReminderRequest request, int lengthSeconds, String host) {
		ZoneId zone = request.zone();
		LocalDate start = firstDay;
		while (!days.contains(start.getDayOfWeek())) {
			start = start.plusDays(1);
		}
		ZonedDateTime begins = ZonedDateTime.of(start, request.time(), zone);
		Duration length = Duration.ofMinutes(Math.max(1, (lengthSeconds + 59) / 60));

		List<WeekDay> byDay = days.stream().map((day) -> new WeekDay(day.name().substring(0, 2))).toList();
		Recur<ZonedDateTime> weekly = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
			.dayList(byDay)
			.build();

		VAlarm alarm = new VAlarm(Duration.ZERO);
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(description));

		VEvent event = new VEvent(begins, length, summary);
		event.add(new Uid(UUID.randomUUID() + "@" + host));
		event.replace(new DtStamp(Instant.now()));
		event.add(new RRule<>(weekly));
		event.add(new Url(address));
		event.add(new Description(description));
		event.add(alarm);

		TimeZone timeZone = ZONES.getTimeZone(zone.getId());
		Calendar calendar = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withComponent(timeZone.getVTimeZone())
			.withComponent(event)
			.getFluentTarget();
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
