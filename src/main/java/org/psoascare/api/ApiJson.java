package org.psoascare.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The shapes the JSON API answers with, version 1. Codes are the short codes content
 * files use ({@code psoas}, {@code each}, {@code self-care}); times are whole seconds;
 * dates are ISO 8601 ({@code 2026-11-21}); every {@code page} and {@code api} is an
 * absolute URL built from {@code psoascare.site.base-url}. Fields are only ever added
 * within v1, never renamed or removed.
 */
public final class ApiJson {

	private ApiJson() {
	}

	/** The content licence every item is published under. */
	public static final String LICENCE = "CC-BY-4.0";

	/** The URL of the content licence. */
	public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	/**
	 * The entry point: where everything is.
	 *
	 * @param licence SPDX identifier of the content licence ({@code CC-BY-4.0})
	 * @param attribution how to credit reused content
	 */
	public record Index(String name, String licence, String licenceUrl, String attribution, String guides,
			String stretches, String routines, String plans, String checklist, String evaluate, String openapi) {
	}

	/**
	 * A recovery plan in a list.
	 *
	 * @param level the care level it is written for: {@code self-care} or {@code soon}
	 * @param pattern the checklist pattern rule it fits, or {@code null}
	 * @param weeks how many weeks it has
	 */
	public record PlanItem(String slug, String title, String summary, String level, String pattern, String forWhom,
			int weeks, String page, String api) {
	}

	/**
	 * A recovery plan with every week. Stretches that a caution rules out are kept, each
	 * naming the exclusions that rule it out ({@code ruledOutBy}); the plan's page leaves
	 * them out when its address says so ({@code ?without=osteoporosis}).
	 *
	 * @param exclusions every exclusion a client may apply, by code
	 * @param stopIf when to stop and get checked, the same in every week (a week may add
	 * one)
	 */
	public record PlanDetail(String slug, String title, String summary, String level, String pattern, String forWhom,
			String page, String licence, String introduction, List<String> exclusions, List<String> badDay,
			List<String> stopIf, List<PlanWeek> weeks, List<Source> sources) {
	}

	/**
	 * One week of a plan.
	 *
	 * @param watchFor a sign to get checked for that this week adds, or {@code null}
	 * @param easierBecause why a hold or rep count goes down this week, or {@code null}
	 */
	public record PlanWeek(int number, String title, String page, List<PlanPractice> practice, String activity,
			PlanReading read, String readyWhen, String watchFor, String easierBecause) {
	}

	/**
	 * A routine (with {@code routine}) or a single stretch (without) in a week.
	 */
	public record PlanPractice(Ref routine, String title, String howOften, List<PlanStep> steps) {
	}

	/**
	 * One stretch as done that week.
	 *
	 * @param holdSeconds seconds of one hold, or of one slow move when {@code holds} is
	 * false
	 * @param changed whether the plan changes the routine's own hold or reps that week
	 * @param ruledOutBy the exclusions that leave this stretch out, by code
	 */
	public record PlanStep(Ref stretch, String stretchName, int holdSeconds, boolean holds, int reps, String sides,
			boolean changed, List<String> ruledOutBy) {
	}

	/**
	 * What to read in a week.
	 *
	 * @param section the heading's anchor in the guide, or {@code null}
	 * @param page the guide's page, at the section
	 */
	public record PlanReading(Ref guide, String title, String section, String sectionTitle, String page) {
	}

	/**
	 * A link to another content item.
	 *
	 * @param slug its slug, unique within its kind
	 * @param page its page on the site
	 * @param api its JSON in this API
	 */
	public record Ref(String slug, String page, String api) {
	}

	/** A guide as listed, without its body. */
	public record GuideItem(String slug, String title, String summary, String topic, LocalDate reviewed,
			LocalDate nextReview, String page, String api) {
	}

	/**
	 * A whole guide.
	 *
	 * @param bodyHtml the body as the page shows it: safe HTML (no script, no raw HTML
	 * from content, no images), with {@code [n]} citations linking to {@code #source-n}
	 * @param sections the body's second-level headings, each with its anchor id
	 * @param sources the numbered sources, in order (number 1 first)
	 */
	public record GuideDetail(String slug, String title, String summary, String topic, LocalDate reviewed,
			LocalDate nextReview, String page, String licence, String bodyHtml, List<Section> sections,
			List<Source> sources, List<Ref> related, List<Ref> stretches, List<Ref> routines) {
	}

	/** A heading in a guide's body and the id it can be linked to by. */
	public record Section(String anchor, String title) {
	}

	/** A numbered source a guide cites. */
	public record Source(int number, String title, String publisher, String url) {
	}

	/**
	 * A stretch as listed.
	 *
	 * @param kind {@code stretch}, {@code strengthening}, {@code mobility}, ...
	 * @param illustration the URL of its SVG picture
	 */
	public record StretchItem(String slug, String name, String summary, String kind, List<String> targets,
			String position, List<String> equipment, String illustration, String illustrationAlt, String page,
			String api) {
	}

	/**
	 * A whole stretch.
	 *
	 * @param holdSeconds seconds of one hold
	 * @param reps holds per side
	 * @param sides {@code each} (left, then right) or {@code both}
	 * @param cautions when to stop or take care, as the page shows them
	 * @param routines the routines that use it
	 */
	public record StretchDetail(String slug, String name, String summary, String kind, List<String> targets,
			String position, List<String> equipment, String illustration, String illustrationAlt, String page,
			String licence, String why, List<String> steps, int holdSeconds, int reps, String sides, String breathing,
			List<String> cautions, String easier, String harder, List<Ref> guides, List<Ref> routines) {
	}

	/**
	 * A routine as listed.
	 *
	 * @param totalSeconds the time its steps take, lead-ins, pauses and rests included
	 * @param stretches the stretches its steps use, each once, in step order
	 */
	public record RoutineItem(String slug, String title, String summary, String forWhom, String howOften,
			int totalSeconds, List<Ref> stretches, String page, String api) {
	}

	/** A whole routine with its steps. */
	public record RoutineDetail(String slug, String title, String summary, String forWhom, String howOften,
			int totalSeconds, String page, String licence, String introduction, List<Step> steps, List<Ref> guides) {
	}

	/**
	 * One step of a routine, with the stretch's own values where the routine gives none.
	 *
	 * @param number 1 for the first step
	 * @param holdSeconds seconds of one hold
	 * @param reps holds per side
	 * @param sides {@code each} or {@code both}
	 * @param restSeconds rest after the step; 0 after the last and before a step in a new
	 * position (whose lead-in takes its place)
	 * @param activeSeconds hold × reps, twice when done on each side
	 * @param totalSeconds the step's lead-in, holds, pauses and rest together
	 */
	public record Step(int number, Ref stretch, String stretchName, String illustrationAlt, int holdSeconds, int reps,
			String sides, int restSeconds, int activeSeconds, int totalSeconds) {
	}

	/**
	 * The checklist: its questions in the form's order and its triage rules.
	 *
	 * @param evaluate where to POST answers
	 */
	public record ChecklistDefinition(List<QuestionGroup> questions, List<Rule> rules, String evaluate) {
	}

	/**
	 * One fieldset of the form.
	 *
	 * @param checkFirst whether it holds emergency signs, asked before every other group
	 */
	public record QuestionGroup(String slug, boolean checkFirst, String legend, String hint, List<Question> questions,
			@JsonInclude(JsonInclude.Include.NON_NULL) Gate gate) {
	}

	/**
	 * The question asked before a group's boxes. A form shows the boxes once it is
	 * answered yes or not sure (all of them without JavaScript); answered yes or not sure
	 * with no box of the group ticked, it counts as the box {@code mostSerious}.
	 *
	 * @param field the field name to send
	 * @param values the values to send, for yes, not sure and no, in that order
	 * @param mostSerious the codes of the tick boxes it then counts as
	 */
	public record Gate(String field, String label, List<String> values, List<String> mostSerious) {
	}

	/**
	 * One question, and how to send its answer in a form body.
	 *
	 * @param type {@code check} (a tick box), {@code choice} (one of its options) or
	 * {@code number} (the age in whole years, 0 to 120)
	 * @param field the field name to send: {@code answer} for every tick box, the
	 * question's code for a choice, {@code age} for the age
	 * @param value for a tick box, the value to send ({@code answer=<value>}); absent
	 * otherwise
	 * @param options a choice's options, each sent as {@code <field>=<code>}; empty
	 * otherwise
	 */
	public record Question(String code, String type, String label, String field,
			@JsonInclude(JsonInclude.Include.NON_NULL) String value, List<Option> options) {
	}

	/** One option of a choice question. */
	public record Option(String code, String label) {
	}

	/**
	 * One triage rule: when its conditions hold it raises its level.
	 *
	 * @param level {@code emergency}, {@code urgent}, {@code soon} or {@code self-care}
	 * @param tellStaff for an emergency rule, the sign in words to say to staff
	 */
	public record Rule(String slug, String level, Conditions when, String reason, String action, String explanation,
			String pattern, String tellStaff, String worry, RuleSource source, RuleLinks recommends,
			List<String> avoidStretches, boolean noRoutines) {
	}

	/**
	 * All of {@code all}, at least one of {@code any} (when not empty), none of
	 * {@code none}, and the age (years) within bounds; a rule with an age bound never
	 * fires when no age was given; {@code ageUnknown} fires only when none was.
	 */
	public record Conditions(List<String> all, List<String> any, List<String> none, Integer minAge, Integer maxAge,
			boolean ageUnknown) {
	}

	/** Where a rule comes from. */
	public record RuleSource(String title, String publisher, String url) {
	}

	/** Content named by slug. */
	public record RuleLinks(List<String> guides, List<String> routines, List<String> stretches) {
	}

	/**
	 * The checklist's answer to one submission.
	 *
	 * @param level the highest level that applies: {@code emergency}, {@code urgent},
	 * {@code soon} or {@code self-care}
	 * @param cards one per level to act on, highest first
	 * @param tellStaff for an emergency, the sentence to say to staff; empty otherwise
	 * @param patterns self-care patterns the answers fit; empty unless the level is
	 * {@code soon} or {@code self-care} (and never for under-16s)
	 * @param recommends guides, routines and stretches to try; empty in the same cases
	 * @param avoidStretches stretches to leave out for now; empty in the same cases
	 * @param problems what could not be read and was left out ({@code age},
	 * {@code unknown-answer}, {@code choice-repeated}, {@code unreadable-body})
	 * @param nothingGiven whether no answer at all was given
	 * @param readCarefully the slugs of the groups whose gate was answered yes or not
	 * sure with no box ticked, each counted as its most serious sign
	 */
	public record Evaluation(String level, List<Card> cards, String tellStaff, List<Pattern> patterns, Links recommends,
			List<Ref> avoidStretches, List<String> problems, boolean nothingGiven, List<String> readCarefully) {
	}

	/**
	 * A level to act on.
	 *
	 * @param actions what to do, the rules' own actions without repeats
	 * @param reasons why, one per rule that fired
	 */
	public record Card(String level, List<String> actions, List<Reason> reasons) {
	}

	/** Why a rule fired and where it comes from. */
	public record Reason(String rule, String reason, String explanation, RuleSource source) {
	}

	/** A self-care pattern the answers fit. */
	public record Pattern(String rule, String pattern) {
	}

	/** Content to try, linked. */
	public record Links(List<Ref> guides, List<Ref> routines, List<Ref> stretches) {
	}

	/**
	 * Answers that need correcting (HTTP 422): something could not be read and nothing
	 * above self-care fired, so, as the HTML form does, the checklist asks again instead
	 * of giving a result.
	 */
	public record NeedsCorrection(List<String> problems) {
	}

}
