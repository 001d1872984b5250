package org.psoascare.progress;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.psoascare.stretch.RoutinePage;
import org.psoascare.stretch.StretchCatalog;
import org.psoascare.web.BadRequestException;
import org.psoascare.web.NotFoundException;
import org.psoascare.web.SiteAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Add to my calendar": a GET form (on every routine page, on plan pages, and alone at
 * {@code /calendar?routine=<slug>[&plan=<slug>&week=N]}) whose answer is an iCalendar
 * file. Nothing is stored or logged: the file is built from the query and sent with
 * {@code Cache-Control: no-store}.
 * <p>
 * {@code GET /calendar.ics?routine=<slug>&days=MO&days=WE&time=07:30&tz=Europe/London}
 * (optionally {@code &plan=<slug>&week=N}) gives {@code text/calendar} as an attachment
 * named after the routine; see {@link CalendarFile} for its contents. An unknown routine
 * is a 400 page; a missing or unreadable day, time, zone, plan or week gives the form
 * again with each field's error, status 400.
 */
@Controller
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final StretchCatalog catalog;

	private final SiteAddress address;

	private final MessageSource messages;

	private final ObjectProvider<PlanReminders> plans;

	CalendarController(StretchCatalog catalog, SiteAddress address, MessageSource messages,
			ObjectProvider<PlanReminders> plans) {
		this.catalog = catalog;
		this.address = address;
		this.messages = messages;
		this.plans = plans;
	}

	@GetMapping("/calendar")
	String form(@RequestParam(required = false) String routine, @RequestParam(required = false) String plan,
			@RequestParam(required = false) String week, Model model) {
		RoutinePage page = this.catalog.routine((routine != null) ? routine : "").orElseThrow(NotFoundException::new);
		ReminderRequest request = ReminderRequest.read(routine, null, null, null, plan, week);
		model.addAttribute("routine", page);
		model.addAttribute("reminder", null);
		model.addAttribute("plan", request.problems().containsKey("plan") ? null : request.plan());
		model.addAttribute("week", request.week());
		return "progress/calendar";
	}

	@GetMapping("/calendar.ics")
	Object file(@RequestParam(required = false) String routine, @RequestParam(required = false) List<String> days,
			@RequestParam(required = false) String time, @RequestParam(required = false) String tz,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String week) {
		Optional<RoutinePage> found = (routine != null) ? this.catalog.routine(routine) : Optional.empty();
		if (found.isEmpty()) {
			throw new BadRequestException("calendar-routine");
		}
		RoutinePage page = found.get();
		ReminderRequest request = ReminderRequest.read(routine, days, time, tz, plan, week);
		String planTitle = null;
		if (request.plan() != null && !request.problems().containsKey("plan")) {
			PlanReminders known = this.plans.getIfAvailable();
			if (known != null) {
				planTitle = known.title(request.plan(), request.week()).orElse(null);
				if (planTitle == null) {
					request.problems().put("plan", "calendar.error.plan");
				}
			}
		}
		if (request.hasProblems()) {
			ModelAndView again = new ModelAndView("progress/calendar", HttpStatus.BAD_REQUEST);
			again.addObject("routine", page);
			again.addObject("reminder", request);
			again.addObject("plan", request.plan());
			again.addObject("week", request.week());
			return again;
		}
		String title = page.summary().title();
		String summary = (request.plan() == null) ? message("calendar.event.summary", title)
				: (planTitle != null) ? message("calendar.event.summary.plan", title, request.week(), planTitle)
						: message("calendar.event.summary.yourPlan", title, request.week());
		URI routineAddress = URI.create(this.address.url("/routines/" + page.summary().slug()));
		String description = message("calendar.event.description", title, routineAddress.toString());
		if (request.plan() != null) {
			description = description + " "
					+ message("calendar.event.plan", this.address.url("/plans/" + request.plan()));
		}
		String text = CalendarFile.weekly(summary, description, routineAddress, request.days(),
				LocalDate.now(request.zone()), request, page.summary().totalSeconds(),
				URI.create(this.address.url("/")).getHost());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(page.summary().slug() + ".ics").build().toString())
			.body(text);
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
