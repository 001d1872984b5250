package org.psoascare.progress;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews.PlanSummary;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Add to my calendar" over real HTTP: the file is parsed back with ical4j's own parser
 * (events, weekly rule, alarm, time zone, the routine's address), its occurrences keep
 * the chosen local time across a daylight-saving change, and bad input gets the form
 * again with each field's error (400), or the 400 page for an unknown routine. A plan's
 * week is named in the event by the plan's title, from every plan page's form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFileTests {

	@LocalServerPort
	int port;

	@Autowired
	StretchCatalog catalog;

	@Autowired
	PlanCatalog plans;

	private final TestHttp http = new TestHttp(() -> this.port);

	private HttpResponse<String> get(String pathAndQuery) throws Exception {
		return this.http.get(pathAndQuery);
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private RoutineSummary aRoutine() {
		return this.catalog.routines().get(0);
	}

	@Test
	void aWeeklyEventWithAnAlarmTheRoutinesAddressAndItsTimeZone() throws Exception {
		RoutineSummary routine = aRoutine();
		HttpResponse<String> response = get(
				"/calendar.ics?routine=" + routine.slug() + "&days=MO&days=WE&time=07:30&tz=Europe/London");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + routine.slug() + ".ics\"");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");

		Calendar calendar = parse(response.body());
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(routine.title());
		assertThat(event.<Property>getProperty(Property.URL).orElseThrow().getValue())
			.isEqualTo("http://localhost:8080/routines/" + routine.slug());
		assertThat(event.<Property>getProperty(Property.UID).orElseThrow().getValue()).endsWith("@localhost");
		assertThat(event.<Property>getProperty(Property.DURATION).orElseThrow().getValue())
			.isEqualTo("PT" + ((routine.totalSeconds() + 59) / 60) + "M");

		RRule<?> rule = event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
		assertThat(rule.getRecur().getFrequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(rule.getRecur().getDayList()).containsExactly(WeekDay.MO, WeekDay.WE);

		List<VAlarm> alarms = event.getAlarms();
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
		assertThat(alarms.get(0).getTrigger().orElseThrow().getValue()).isEqualTo("PT0S");
		assertThat(alarms.get(0).<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.contains(routine.title());

		DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
		assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
		ZonedDateTime begins = (ZonedDateTime) start.getDate();
		assertThat(begins.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
		assertThat(begins.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		assertThat(begins.toLocalDate()).isBetween(today, today.plusDays(6));

		List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.get(0).<Property>getProperty(Property.TZID).orElseThrow().getValue())
			.isEqualTo("Europe/London");
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
	}

	@Test
	void occurrencesKeepTheLocalTimeAcrossADaylightSavingChange() throws Exception {
		HttpResponse<String> response = get(
				"/calendar.ics?routine=" + aRoutine().slug() + "&days=SU&time=18:05&tz=America/New_York");
		VEvent event = parse(response.body()).<VEvent>getComponent(Component.VEVENT).orElseThrow();
		ZonedDateTime begins = (ZonedDateTime) event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate();

		// A year of Sundays: 52 or 53, each at 18:05 local time. ical4j gives each
		// occurrence's local time in the event's zone; the file's own VTIMEZONE must
		// give every one the same UTC offset as Java's time-zone data for New York
		// (UTC-5 in winter, UTC-4 in summer), so a calendar shows 18:05 all year.
		ZoneId newYork = ZoneId.of("America/New_York");
		VTimeZone zone = parse(response.body()).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
		net.fortuna.ical4j.model.TimeZone fileZone = new net.fortuna.ical4j.model.TimeZone(zone);
		Set<Period<ZonedDateTime>> year = event
			.calculateRecurrenceSet(new Period<>(begins.minusDays(1), begins.plusYears(1)));
		assertThat(year).hasSizeBetween(52, 53);
		Set<ZoneOffset> offsets = new java.util.HashSet<>();
		for (Period<ZonedDateTime> period : year) {
			java.time.LocalDateTime local = period.getStart().toLocalDateTime();
			assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(18, 5));
			assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
			ZonedDateTime expected = local.atZone(newYork);
			int fileOffsetMillis = fileZone.getOffset(expected.toInstant().toEpochMilli());
			assertThat(fileOffsetMillis).as("offset on %s", local)
				.isEqualTo(expected.getOffset().getTotalSeconds() * 1000);
			offsets.add(expected.getOffset());
		}
		assertThat(offsets).containsExactlyInAnyOrder(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4));
	}

	@Test
	void aPlansWeekIsNamedInTheEvent() throws Exception {
		PlanSummary plan = this.plans.plans().get(0);
		int week = plan.weeks();
		HttpResponse<String> response = get("/calendar.ics?routine=" + aRoutine().slug()
				+ "&days=TU&time=7:05&tz=Europe/Paris&plan=" + plan.slug() + "&week=" + week);
		assertThat(response.statusCode()).isEqualTo(200);
		VEvent event = parse(response.body()).<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo(aRoutine().title() + ": week " + week + " of " + plan.title());
		assertThat(event.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.contains("http://localhost:8080/plans/" + plan.slug());
		ZonedDateTime begins = (ZonedDateTime) event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate();
		assertThat(event.<DtStart<?>>getProperty(Property.DTSTART)
			.orElseThrow()
			.<Parameter>getParameter(Parameter.TZID)
			.orElseThrow()
			.getValue()).isEqualTo("Europe/Paris");
		assertThat(begins.toLocalTime()).isEqualTo(LocalTime.of(7, 5));
	}

	@Test
	void everyPlanWeekPagesFormGivesAFileNamingThePlanAndWeek() throws Exception {
		for (PlanSummary plan : this.plans.plans()) {
			for (int week = 1; week <= plan.weeks(); week++) {
				Document page = Jsoup.parse(get(PlanCatalog.path(plan.slug(), week, Set.of())).body());
				var form = page.select("form.calendar");
				if (form.isEmpty()) {
					continue;
				}
				String routine = form.select("input[name=routine]").attr("value");
				String title = this.catalog.routine(routine).orElseThrow().summary().title();
				HttpResponse<String> response = get(form.attr("action") + "?routine=" + routine + "&plan="
						+ form.select("input[name=plan]").attr("value") + "&week="
						+ form.select("input[name=week]").attr("value") + "&days=MO&time=08:00&tz=Europe/London");
				assertThat(response.statusCode()).as("%s week %d", plan.slug(), week).isEqualTo(200);
				VEvent event = parse(response.body()).<VEvent>getComponent(Component.VEVENT).orElseThrow();
				assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue())
					.isEqualTo(title + ": week " + week + " of " + plan.title());
			}
		}
	}

	@Test
	void aPlanOrWeekThatIsNotThereGetsTheFormAgainWithThePlanError() throws Exception {
		PlanSummary plan = this.plans.plans().get(0);
		String routine = aRoutine().slug();
		for (String query : List.of("plan=no-such-plan&week=1",
				"plan=" + plan.slug() + "&week=" + (plan.weeks() + 1))) {
			HttpResponse<String> response = get(
					"/calendar.ics?routine=" + routine + "&days=MO&time=08:00&tz=Europe/London&" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(Jsoup.parse(response.body()).select(".error-summary li").eachText()).as(query)
				.containsExactly("That plan was not found. Go back to the plan's page and try again.");
		}
	}

	@Test
	void badFieldsGetTheFormAgainWithEachFieldsError() throws Exception {
		String slug = aRoutine().slug();
		HttpResponse<String> response = get(
				"/calendar.ics?routine=" + slug + "&days=XX&time=25:00&tz=Mars%2FOlympus&plan=a&week=99");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".error-summary li a").eachText()).containsExactly("Choose at least one day.",
				"Give a time as hours and minutes, such as 07:30.",
				"Give a time zone as a region and city, such as Europe/London.",
				"That week is not part of the plan. Go back to the plan's page and try again.");
		assertThat(page.select("#calendar-time").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#calendar-time").attr("value")).isEqualTo("25:00");
		assertThat(page.select("#calendar-tz").attr("value")).isEqualTo("Mars/Olympus");
		assertThat(page.select("form.calendar input[name=routine]").attr("value")).isEqualTo(slug);
		assertThat(page.select(".emergency-signs li")).isNotEmpty();
		assertThat(response.body()).doesNotContain("Exception");

		HttpResponse<String> noDays = get("/calendar.ics?routine=" + slug + "&time=08:00&tz=Europe/London");
		assertThat(noDays.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noDays.body()).select(".error-summary li").eachText())
			.containsExactly("Choose at least one day.");

		for (String zone : List.of("UTC", "GMT", "%2B01:00", "Europe%2FLondonderry", "")) {
			HttpResponse<String> badZone = get("/calendar.ics?routine=" + slug + "&days=MO&time=08:00&tz=" + zone);
			assertThat(badZone.statusCode()).as(zone).isEqualTo(400);
		}
	}

	@Test
	void anUnknownRoutineIsTheBadRequestPage() throws Exception {
		for (String query : List.of("routine=no-such-routine&days=MO&time=08:00&tz=Europe/London", "days=MO",
				"routine=%3Cscript%3E&days=MO")) {
			HttpResponse<String> response = get("/calendar.ics?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			assertThat(response.body()).contains("class=\"emergency-signs\"").doesNotContain("<script>");
		}
	}

	@Test
	void everyRoutinePageHasTheFormThatWorksWithoutJavaScript() throws Exception {
		for (RoutineSummary routine : this.catalog.routines()) {
			Document page = Jsoup.parse(get("/routines/" + routine.slug()).body());
			var form = page.select("form.calendar");
			assertThat(form).as(routine.slug()).hasSize(1);
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.attr("action")).isEqualTo("/calendar.ics");
			assertThat(form.select("input[name=routine]").attr("value")).isEqualTo(routine.slug());
			assertThat(form.select("input[name=days]").eachAttr("value")).containsExactly("MO", "TU", "WE", "TH", "FR",
					"SA", "SU");
			assertThat(form.select("input[name=time]").attr("value")).isEqualTo("08:00");
			assertThat(form.select("input[name=tz]").attr("value")).isEqualTo("Europe/London");
		}
		HttpResponse<String> alone = get(
				"/calendar?routine=" + aRoutine().slug() + "&plan=" + this.plans.plans().get(0).slug() + "&week=2");
		assertThat(alone.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(alone.body());
		assertThat(page.select("form.calendar input[name=plan]").attr("value"))
			.isEqualTo(this.plans.plans().get(0).slug());
		assertThat(page.select("form.calendar input[name=week]").attr("value")).isEqualTo("2");
		assertThat(get("/calendar?routine=no-such-routine").statusCode()).isEqualTo(404);
	}

}
