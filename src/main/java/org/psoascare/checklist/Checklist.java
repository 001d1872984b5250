package org.psoascare.checklist;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.content.ContentReadEvent;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuideSummary;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The checklist in memory: questions, rules and the titles of everything the rules link
 * to, built whenever content loads. The questions and rules are the documents the load
 * parsed and checked, handed over by {@link QuestionGroupContent} and
 * {@link TriageRuleContent} when they store them and taken only once the load commits;
 * the store keeps no copy of them to read back. Every instance loads the files itself, so
 * every instance builds the same checklist from the same files, whichever one wrote the
 * rows. Answering the checklist never touches the database.
 */
@Component
class Checklist {

	/** The guide every care card links to. */
	static final String WHEN_TO_SEE_A_PROFESSIONAL = "when-to-see-a-professional";

	private final GuideCatalog guides;

	private final StretchCatalog stretches;

	private volatile Snapshot snapshot = new Snapshot(List.of(), AnswerForm.Fields.of(List.of()),
			new Triage(List.of(), Map.of(), List.of()), Map.of(), Map.of(), Map.of());

	/** The question groups of the last load that committed, in form order. */
	private volatile List<QuestionGroup> loadedQuestions = List.of();

	/** The rules of the last load that committed, highest level first. */
	private volatile List<TriageRule> loadedRules = List.of();

	Checklist(GuideCatalog guides, StretchCatalog stretches) {
		this.guides = guides;
		this.stretches = stretches;
	}

	/**
	 * Everything one request needs, replaced whole so a request never sees half of a
	 * reload.
	 */
	record Snapshot(List<QuestionGroup> questions, AnswerForm.Fields fields, Triage triage,
			Map<String, GuideSummary> guides, Map<String, RoutineSummary> routines,
			Map<String, StretchCard> stretches) {
	}

	/**
	 * Takes the question groups and rules a load read and checked, once it commits (at
	 * once when there is no transaction); a load that fails leaves the checklist as it
	 * was.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onContentRead(ContentReadEvent event) {
		this.loadedQuestions = event.documents()
			.all(ContentKinds.CHECKLIST_QUESTIONS, QuestionGroupContent.Document.class)
			.stream()
			.map(QuestionGroupContent.Document::group)
			.sorted(Comparator.comparingInt(QuestionGroup::order))
			.toList();
		this.loadedRules = event.documents()
			.all(ContentKinds.CHECKLIST_RULES, TriageRuleContent.Document.class)
			.stream()
			.map(TriageRuleContent.Document::rule)
			.sorted(Comparator.comparing(TriageRule::level).thenComparing(TriageRule::slug))
			.toList();
	}

	/**
	 * Builds the snapshot from the loaded questions and rules, with the titles of what
	 * the rules link to read from the catalogs.
	 */
	@EventListener
	@Transactional(readOnly = true)
	void onContentLoaded(ContentLoadedEvent event) {
		List<QuestionGroup> questions = this.loadedQuestions;
		List<TriageRule> triageRules = this.loadedRules;
		Set<String> guideSlugs = new LinkedHashSet<>(List.of(WHEN_TO_SEE_A_PROFESSIONAL));
		Set<String> routineSlugs = new LinkedHashSet<>();
		Set<String> stretchSlugs = new LinkedHashSet<>();
		for (TriageRule rule : triageRules) {
			guideSlugs.addAll(rule.recommends().guides());
			routineSlugs.addAll(rule.recommends().routines());
			stretchSlugs.addAll(rule.recommends().stretches());
			stretchSlugs.addAll(rule.avoidStretches());
		}
		Map<String, List<String>> routineStretches = this.stretches.routines()
			.stream()
			.collect(Collectors.toUnmodifiableMap(RoutineSummary::slug, RoutineSummary::stretches));
		this.snapshot = new Snapshot(questions, AnswerForm.Fields.of(questions),
				new Triage(triageRules, routineStretches, questions),
				this.guides.summaries(guideSlugs).stream().collect(byKey(GuideSummary::slug)),
				this.stretches.routines(routineSlugs).stream().collect(byKey(RoutineSummary::slug)),
				this.stretches.cards(stretchSlugs).stream().collect(byKey(StretchCard::slug)));
	}

	private static <T> Collector<T, ?, Map<String, T>> byKey(Function<T, String> key) {
		return Collectors.toUnmodifiableMap(key, Function.identity());
	}

	Snapshot snapshot() {
		return this.snapshot;
	}

}
