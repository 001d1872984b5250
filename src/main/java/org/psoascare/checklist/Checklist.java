package org.psoascare.checklist;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuideSummary;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist in memory: questions, rules and the titles of everything the rules link
 * to, rebuilt from the store whenever content loads. Answering the checklist never
 * touches the database.
 */
@Component
public class Checklist {

	/** The guide every care card links to. */
	static final String WHEN_TO_SEE_A_PROFESSIONAL = "when-to-see-a-professional";

	private final StoredQuestionGroupRepository groups;

	private final StoredTriageRuleRepository rules;

	private final GuideCatalog guides;

	private final StretchCatalog stretches;

	private volatile Snapshot snapshot = new Snapshot(List.of(), AnswerForm.Fields.of(List.of()),
			new Triage(List.of(), Map.of()), Map.of(), Map.of(), Map.of());

	Checklist(StoredQuestionGroupRepository groups, StoredTriageRuleRepository rules, GuideCatalog guides,
			StretchCatalog stretches) {
		this.groups = groups;
		this.rules = rules;
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

	@EventListener
	@Transactional(readOnly = true)
	void onContentLoaded(ContentLoadedEvent event) {
		List<QuestionGroup> questions = this.groups.findAll()
			.stream()
			.map((row) -> QuestionGroupContent.read(stored("questions", row.getSlug(), row.getDefinition())))
			.sorted(Comparator.comparingInt(QuestionGroup::order))
			.toList();
		List<TriageRule> triageRules = this.rules.findAll()
			.stream()
			.map((row) -> TriageRuleContent.read(stored("rules", row.getSlug(), row.getDefinition())))
			.sorted(Comparator.comparing(TriageRule::level).thenComparing(TriageRule::slug))
			.toList();
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
				new Triage(triageRules, routineStretches),
				this.guides.summaries(guideSlugs).stream().collect(byKey(GuideSummary::slug)),
				this.stretches.routines(routineSlugs).stream().collect(byKey(RoutineSummary::slug)),
				this.stretches.cards(stretchSlugs).stream().collect(byKey(StretchCard::slug)));
	}

	private static ContentFile stored(String kind, String slug, String definition) {
		return new ContentFile("stored checklist " + kind + " '" + slug + "'", definition);
	}

	private static <T> Collector<T, ?, Map<String, T>> byKey(Function<T, String> key) {
		return Collectors.toUnmodifiableMap(key, Function.identity());
	}

	Snapshot snapshot() {
		return this.snapshot;
	}

}
