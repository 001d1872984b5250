package org.psoascare.checklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFields;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.SyncCounts;
import org.psoascare.guide.GuideContent;
import org.psoascare.stretch.RoutineContent;
import org.psoascare.stretch.StretchContent;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The checklist's triage rules: one YAML file per rule in
 * {@code content/checklist/rules/}.
 */
@Component
@Order(5)
public class TriageRuleContent implements ContentType<TriageRuleContent.Document> {

	public static final String FOLDER = "checklist/rules";

	private static final int MAX_AGE = 120;

	private final StoredTriageRuleRepository rules;

	TriageRuleContent(StoredTriageRuleRepository rules) {
		this.rules = rules;
	}

	/** A rule file, read and checked. */
	public record Document(ContentFile source, TriageRule rule) implements ContentDocument {

		@Override
		public String slug() {
			return this.rule.slug();
		}

	}

	@Override
	public String folder() {
		return FOLDER;
	}

	@Override
	public String extension() {
		return "yaml";
	}

	@Override
	public Document parse(ContentFile file) {
		return new Document(file, read(file));
	}

	static TriageRule read(ContentFile file) {
		ContentFields fields = ContentYaml.read(file, file.text());
		String slug = fields.requireSlug("slug");
		CareLevel level = fields.requireCode("level", CareLevel.class);
		TriageRule.Conditions when = fields.requireBlock("when", TriageRuleContent::conditions);
		String reason = fields.requireText("reason");
		String action = fields.requireText("action");
		String explanation = fields.requireText("explanation");
		String pattern = fields.optionalText("pattern");
		String tellStaff = fields.optionalText("tellStaff");
		String worry = fields.optionalText("worry");
		TriageRule.Source source = fields.requireBlock("source",
				(block) -> new TriageRule.Source(block.requireText("title"), block.requireText("publisher"),
						block.requireUrl("url")));
		TriageRule.Links recommends = fields.optionalBlock("recommends",
				(block) -> new TriageRule.Links(block.slugList("guides"), block.slugList("routines"),
						block.slugList("stretches")));
		List<String> avoid = fields.optionalBlock("avoid", (block) -> block.slugList("stretches"));
		boolean noRoutines = fields.optionalFlag("noRoutines");
		fields.finish();
		if ((level == CareLevel.EMERGENCY || level == CareLevel.URGENT) && !recommends.isEmpty()) {
			throw fields.error("recommends", "an " + level.code() + " rule must not recommend anything");
		}
		if (!pattern.isEmpty() && level != CareLevel.SELF_CARE) {
			throw fields.error("pattern", "only a self-care rule describes a pattern");
		}
		if (level == CareLevel.EMERGENCY && tellStaff.isEmpty()) {
			throw fields.error("tellStaff", "an emergency rule needs the sign in words to say to staff");
		}
		if (level != CareLevel.EMERGENCY && !(tellStaff.isEmpty() && worry.isEmpty())) {
			throw fields.error(tellStaff.isEmpty() ? "worry" : "tellStaff",
					"only an emergency rule has words for staff");
		}
		return new TriageRule(slug, level, when, reason, action, explanation, pattern, tellStaff, worry, source,
				recommends, avoid, noRoutines);
	}

	private static TriageRule.Conditions conditions(ContentFields block) {
		TriageRule.Conditions when = new TriageRule.Conditions(block.slugList("all"), block.slugList("any"),
				block.slugList("none"), age(block, "minAge"), age(block, "maxAge"), block.optionalFlag("ageUnknown"));
		if (when.all().isEmpty() && when.any().isEmpty() && when.minAge() == null && when.maxAge() == null) {
			throw block.error("all", "a rule needs at least one answer in 'all' or 'any', or an age bound");
		}
		if (when.ageUnknown() && (when.minAge() != null || when.maxAge() != null)) {
			throw block.error("ageUnknown", "cannot be combined with minAge or maxAge");
		}
		if (when.minAge() != null && when.maxAge() != null && when.minAge() > when.maxAge()) {
			throw block.error("minAge", "is above maxAge");
		}
		return when;
	}

	private static Integer age(ContentFields block, String field) {
		Integer age = block.optionalWholeNumber(field);
		if (age != null && age > MAX_AGE) {
			throw block.error(field, "must be at most " + MAX_AGE);
		}
		return age;
	}

	/**
	 * Every answer a rule names exists, and every answer an emergency rule needs present
	 * is asked in a "check first" group, so emergency signs come before all else.
	 */
	@Override
	public void checkReferences(Document document, ContentIndex index) {
		TriageRule rule = document.rule();
		List<QuestionGroup> groups = index.all(QuestionGroupContent.FOLDER, QuestionGroupContent.Document.class)
			.stream()
			.map(QuestionGroupContent.Document::group)
			.toList();
		Set<String> answers = groups.stream()
			.flatMap((group) -> group.answerCodes().stream())
			.collect(Collectors.toSet());
		if (answers.isEmpty()) {
			throw document.source().error("when", "there are no checklist questions to answer");
		}
		for (String code : rule.when().codes()) {
			if (!answers.contains(code)) {
				throw document.source().error("when", "'" + code + "' is not an answer code of any question");
			}
		}
		if (rule.level() == CareLevel.EMERGENCY) {
			Set<String> first = groups.stream()
				.filter(QuestionGroup::checkFirst)
				.flatMap((group) -> group.answerCodes().stream())
				.collect(Collectors.toSet());
			for (String code : Stream.concat(rule.when().all().stream(), rule.when().any().stream()).toList()) {
				if (!first.contains(code)) {
					throw document.source()
						.error("when",
								"'" + code + "' is needed for an emergency but is not asked in a checkFirst group");
				}
			}
		}
		index.requireAll(document, "recommends.guides", GuideContent.FOLDER, rule.recommends().guides());
		index.requireAll(document, "recommends.routines", RoutineContent.FOLDER, rule.recommends().routines());
		index.requireAll(document, "recommends.stretches", StretchContent.FOLDER, rule.recommends().stretches());
		index.requireAll(document, "avoid.stretches", StretchContent.FOLDER, rule.avoidStretches());
	}

	@Override
	public SyncCounts store(List<Document> documents) {
		return ContentSync.sync(documents, this.rules, StoredTriageRule::new, StoredTriageRule::copy);
	}

}
