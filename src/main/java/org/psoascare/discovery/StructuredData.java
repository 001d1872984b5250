package org.psoascare.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.psoascare.guide.GuidePage;
import org.psoascare.guide.GuideSource;
import org.psoascare.plan.PlanViews;
import org.psoascare.stretch.RoutinePage;
import org.psoascare.stretch.RoutineStepView;
import org.psoascare.stretch.Sides;
import org.psoascare.stretch.StretchPage;
import org.psoascare.web.AssetUrls;
import org.psoascare.web.SiteAddress;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Schema.org JSON-LD for the pages, put in their model by {@link StructuredDataModel}:
 * guides as {@code MedicalWebPage} (with {@code lastReviewed} and a {@code citation} per
 * source; no {@code reviewedBy}, since no named clinician reviews them), stretches and
 * routines as {@code HowTo} with their steps and durations (ISO 8601, such as
 * {@code PT30S}), the home page as {@code WebSite}. Each method returns JSON text ready
 * to put inside {@code <script type="application/ld+json">}: {@code <}, {@code >} and
 * {@code &} are written as JSON escapes, so no text from content can end the script
 * element. It is data, which the browser never runs, so the strict
 * Content-Security-Policy needs no exception for it.
 */
@Component
class StructuredData {

	static final String CONTEXT = "https://schema.org";

	/** The content licence, Creative Commons Attribution 4.0. */
	public static final String CONTENT_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

	private final JsonMapper json = JsonMapper.builder().build();

	private final SiteAddress address;

	private final AssetUrls assets;

	private final MessageSource messages;

	StructuredData(SiteAddress address, AssetUrls assets, MessageSource messages) {
		this.address = address;
		this.assets = assets;
		this.messages = messages;
	}

	/** The home page: the site itself. */
	public String website() {
		Map<String, Object> site = top("WebSite");
		site.put("name", message("site.name"));
		site.put("url", this.address.url("/"));
		site.put("description", message("meta.description.home"));
		site.put("inLanguage", "en-GB");
		site.put("license", CONTENT_LICENCE);
		return write(site);
	}

	/** A guide as a {@code MedicalWebPage} for patients, citing each of its sources. */
	public String guide(GuidePage guide) {
		Map<String, Object> page = top("MedicalWebPage");
		page.put("name", guide.title());
		page.put("headline", guide.title());
		page.put("description", guide.summary());
		page.put("url", this.address.url("/guides/" + guide.slug()));
		page.put("inLanguage", "en-GB");
		page.put("lastReviewed", guide.reviewed().toString());
		page.put("audience", CONTEXT + "/Patient");
		List<Map<String, Object>> citations = new ArrayList<>();
		for (GuideSource source : guide.sources()) {
			Map<String, Object> work = node("CreativeWork");
			work.put("name", source.title());
			work.put("url", source.url());
			Map<String, Object> publisher = node("Organization");
			publisher.put("name", source.publisher());
			work.put("publisher", publisher);
			citations.add(work);
		}
		page.put("citation", citations);
		page.put("license", CONTENT_LICENCE);
		page.put("isPartOf", isPartOf());
		return write(page);
	}

	/** A stretch as a {@code HowTo}: its numbered steps and the time its holds take. */
	public String stretch(StretchPage stretch) {
		Map<String, Object> howTo = top("HowTo");
		howTo.put("name", stretch.card().name());
		howTo.put("description", stretch.card().summary());
		howTo.put("url", this.address.url("/stretches/" + stretch.card().slug()));
		howTo.put("image", this.address.url(this.assets.url("/img/stretches/" + stretch.card().slug() + ".svg")));
		howTo.put("inLanguage", "en-GB");
		howTo.put("totalTime", duration(stretch.activeSeconds()));
		List<Map<String, Object>> steps = new ArrayList<>();
		for (int i = 0; i < stretch.steps().size(); i++) {
			Map<String, Object> step = node("HowToStep");
			step.put("position", i + 1);
			step.put("text", stretch.steps().get(i));
			steps.add(step);
		}
		howTo.put("step", steps);
		howTo.put("license", CONTENT_LICENCE);
		howTo.put("isPartOf", isPartOf());
		return write(howTo);
	}

	/**
	 * A routine as a {@code HowTo}: one step per stretch, each with its time, rest
	 * included.
	 */
	public String routine(RoutinePage routine) {
		Map<String, Object> howTo = top("HowTo");
		howTo.put("name", routine.summary().title());
		howTo.put("description", routine.summary().summary());
		howTo.put("url", this.address.url("/routines/" + routine.summary().slug()));
		howTo.put("inLanguage", "en-GB");
		howTo.put("totalTime", duration(routine.summary().totalSeconds()));
		List<Map<String, Object>> steps = new ArrayList<>();
		for (RoutineStepView view : routine.steps()) {
			Map<String, Object> step = node("HowToStep");
			step.put("position", view.number());
			step.put("name", view.stretchName());
			step.put("text", message((view.sides() == Sides.EACH) ? "routine.stepLine.each" : "routine.stepLine.both",
					view.holdSeconds(), view.reps()));
			step.put("url", this.address.url("/stretches/" + view.stretchSlug()));
			step.put("timeRequired", duration(view.totalSeconds()));
			steps.add(step);
		}
		howTo.put("step", steps);
		howTo.put("license", CONTENT_LICENCE);
		howTo.put("isPartOf", isPartOf());
		return write(howTo);
	}

	/**
	 * A plan as a schema.org {@code HowTo} of the week shown: one {@code HowToStep} per
	 * routine or stretch, then the everyday activity. Its address keeps the week and the
	 * exclusions, as the page does.
	 */
	public String plan(PlanViews.PlanPage plan) {
		Map<String, Object> howTo = top("HowTo");
		PlanViews.WeekView week = plan.week();
		howTo.put("name", plan.summary().title() + ": " + message("plan.weekTitle", week.number(), week.title()));
		howTo.put("description", plan.summary().summary());
		howTo.put("url", this.address.url(plan.weekPath(week.number())));
		howTo.put("inLanguage", "en-GB");
		List<Map<String, Object>> steps = new ArrayList<>();
		int position = 1;
		for (PlanViews.PracticeView practice : week.practice()) {
			if (practice.steps().isEmpty()) {
				continue;
			}
			Map<String, Object> step = node("HowToStep");
			step.put("position", position++);
			step.put("name", practice.title());
			step.put("text", practice.howOften());
			step.put("url", this.address.url(practice.isRoutine() ? "/routines/" + practice.routineSlug()
					: "/stretches/" + practice.steps().get(0).stretchSlug()));
			steps.add(step);
		}
		Map<String, Object> activity = node("HowToStep");
		activity.put("position", position);
		activity.put("name", message("plan.activity"));
		activity.put("text", week.activity());
		steps.add(activity);
		howTo.put("step", steps);
		howTo.put("license", CONTENT_LICENCE);
		howTo.put("isPartOf", isPartOf());
		return write(howTo);
	}

	/** Whole seconds as an ISO 8601 duration, such as {@code PT2M30S}. */
	static String duration(int seconds) {
		int minutes = seconds / 60;
		int rest = seconds % 60;
		if (minutes == 0) {
			return "PT" + rest + "S";
		}
		return "PT" + minutes + "M" + ((rest == 0) ? "" : rest + "S");
	}

	private Map<String, Object> isPartOf() {
		Map<String, Object> site = node("WebSite");
		site.put("name", message("site.name"));
		site.put("url", this.address.url("/"));
		return site;
	}

	private static Map<String, Object> top(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", CONTEXT);
		node.putAll(node(type));
		return node;
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private String write(Map<String, Object> node) {
		return this.json.writeValueAsString(node)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
