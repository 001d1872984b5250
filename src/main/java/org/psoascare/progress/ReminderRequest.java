package org.psoascare.progress;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.psoascare.web.EchoedText;

/**
 * "Add to my calendar", read leniently from the query: which days, what time, which time
 * zone; for a plan, which plan and week. Every field that cannot be read is named in
 * {@link #problems()} (field name to message code), never echoed into a log.
 *
 * @param routine the routine's slug (checked against the catalog by the controller)
 * @param days the days of the week chosen, Monday first; empty when none was readable
 * @param time the local time of day, minutes precision; null when unreadable
 * @param zone the time zone; null when unreadable
 * @param plan the plan's slug, or null when the reminder is not for a plan
 * @param week the plan's week (1 to {@value #MAX_WEEK}), or 0 when not for a plan
 * @param values what was sent for each field, to show the form again
 * @param problems field name to message code, in the form's order; empty when all is well
 */
record ReminderRequest(String routine, Set<DayOfWeek> days, LocalTime time, ZoneId zone, String plan, int week,
		Map<String, String> values, Map<String, String> problems) {

	static final int MAX_WEEK = 52;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");

	/** RFC 5545 day codes, Monday first, and the {@link DayOfWeek} each means. */
	static final Map<String, DayOfWeek> DAY_CODES = dayCodes();

	static ReminderRequest read(String routine, List<String> days, String time, String tz, String plan, String week) {
		Map<String, String> problems = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
		List<String> dayValues = new ArrayList<>();
		for (String day : (days != null) ? days : List.<String>of()) {
			DayOfWeek value = DAY_CODES.get(day.trim().toUpperCase(Locale.ROOT));
			if (value == null) {
				problems.put("days", "calendar.error.days");
			}
			else {
				chosen.add(value);
				dayValues.add(day.trim().toUpperCase(Locale.ROOT));
			}
		}
		if (chosen.isEmpty()) {
			problems.put("days", "calendar.error.days");
		}
		values.put("days", String.join(" ", dayValues));

		String timeText = (time != null) ? time.trim() : "";
		values.put("time", EchoedText.shown(timeText));
		LocalTime at = null;
		if (TIME.matcher(timeText).matches()) {
			try {
				at = LocalTime.parse((timeText.length() == 4) ? "0" + timeText : timeText,
						DateTimeFormatter.ofPattern("HH:mm"));
			}
			catch (DateTimeParseException ex) {
				at = null;
			}
		}
		if (at == null) {
			problems.put("time", "calendar.error.time");
		}

		String zoneText = (tz != null) ? tz.trim() : "";
		values.put("tz", EchoedText.shown(zoneText));
		ZoneId zone = CalendarFile.zone(zoneText);
		if (zone == null) {
			problems.put("tz", "calendar.error.tz");
		}

		String planSlug = (plan != null && !plan.isBlank()) ? plan.trim() : null;
		int weekNumber = 0;
		if (planSlug != null || (week != null && !week.isBlank())) {
			if (planSlug == null || !SLUG.matcher(planSlug).matches() || planSlug.length() > 100) {
				problems.put("plan", "calendar.error.plan");
				planSlug = null;
			}
			weekNumber = parseWeek(week);
			if (weekNumber == 0) {
				problems.put("plan", "calendar.error.week");
			}
		}
		values.put("plan", (planSlug != null) ? planSlug : "");
		values.put("week", (weekNumber > 0) ? Integer.toString(weekNumber) : "");
		return new ReminderRequest(routine, chosen, at, zone, planSlug, weekNumber, values, problems);
	}

	private static int parseWeek(String week) {
		if (week == null || !week.trim().matches("[0-9]{1,2}")) {
			return 0;
		}
		int number = Integer.parseInt(week.trim());
		return (number >= 1 && number <= MAX_WEEK) ? number : 0;
	}

	private static Map<String, DayOfWeek> dayCodes() {
		Map<String, DayOfWeek> codes = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			codes.put(day.name().substring(0, 2), day);
		}
		return codes;
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** Whether this day's box should be ticked when the form is shown again. */
	public boolean chose(String dayCode) {
		return this.days.contains(DAY_CODES.get(dayCode));
	}

}
