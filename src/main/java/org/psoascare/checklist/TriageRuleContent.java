package org.psoascare.checklist;

import java.util.List;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentKinds;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.SyncCounts;
import org.psoascare.content.NoRepeats;
import org.psoascare.content.Slug;
import org.psoascare.content.WebAddress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checklist's triage rules: one YAML file per rule in
 * {@code content/checklist/rules/}.
 */
@Configuration(proxyBeanMethods = false)
class TriageRuleContent {

	private static final String AT_MOST = "must be at most " + AnswerForm.MAX_AGE;

	private final Function<List<Document>, SyncCounts> store;

	TriageRuleContent(StoredTriageRuleRepository rules) {
		this.store = ContentSync.into(rules, StoredTriageRule::new, StoredTriageRule::copy);
	}

	/** A rule file, read and checked. */
	public record Document(ContentFile source, TriageRule rule) implements ContentDocument {

		@Override
		public String slug() {
			return this.rule.slug();
		}

	}

	@Bean
	ContentType<Document> triageRuleType() {
		return ContentType
			.of(ContentKinds.CHECKLIST_RULES, "yaml", (file) -> new Document(file, read(file)), this.store)
			.withReferences(TriageRuleContent::checkReferences);
	}

	/** A rule file. */
	record Fields(@Slug String slug, @NotNull CareLevel level, @NotNull @Valid When when, @NotBlank String reason,
			@NotBlank String action, @NotBlank String explanation, String pattern, String tellStaff, String worry,
			@NotNull @Valid Source source, @Valid Links recommends, @Valid Avoid avoid, boolean noRoutines) {
	}

	/** The conditions of a rule file; ages in years. */
	record When(@NoRepeats List<@Slug String> all, @NoRepeats List<@Slug String> any,
			@NoRepeats List<@Slug String> none,
			@PositiveOrZero @Max(value = AnswerForm.MAX_AGE, message = AT_MOST) Integer minAge,
			@PositiveOrZero @Max(value = AnswerForm.MAX_AGE, message = AT_MOST) Integer maxAge, boolean ageUnknown) {
	}

	/** Where a rule comes from. */
	record Source(@NotBlank String title, @NotBlank String publisher, @NotBlank @WebAddress String url) {
	}

	/** What a rule recommends. */
	record Links(@NoRepeats List<@Slug String> guides, @NoRepeats List<@Slug String> routines,
			@NoRepeats List<@Slug String> stretches) {
	}

	/** What a rule rules out. */
	record Avoid(@NoRepeats List<@Slug String> stretches) {
	}

	static TriageRule read(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		CareLevel level = fields.level();
		TriageRule.Conditions when = conditions(file, fields.when());
		String pattern = text(fields.pattern());
		String tellStaff = text(fields.tellStaff());
		String worry = text(fields.worry());
		TriageRule.Links recommends = (fields.recommends() != null) ? new TriageRule.Links(fields.recommends().guides(),
				fields.recommends().routines(), fields.recommends().stretches()) : TriageRule.Links.NONE;
		List<String> avoid = (fields.avoid() != null) ? fields.avoid().stretches() : List.of();
		if ((level == CareLevel.EMERGENCY || level == CareLevel.URGENT) && !recommends.isEmpty()) {
			throw file.error("recommends", "an " + level.code() + " rule must not recommend anything");
		}
		if (!pattern.isEmpty() && level != CareLevel.SELF_CARE) {
			throw file.error("pattern", "only a self-care rule describes a pattern");
		}
		if (level == CareLevel.EMERGENCY && tellStaff.isEmpty()) {
			throw file.error("tellStaff", "an emergency rule needs the sign in words to say to staff");
		}
		if (level != CareLevel.EMERGENCY && !(tellStaff.isEmpty() && worry.isEmpty())) {
			throw file.error(tellStaff.isEmpty() ? "worry" : "tellStaff", "only an emergency rule has words for staff");
		}
		Source source = fields.source();
		return new TriageRule(fields.slug(), level, when, fields.reason(), fields.action(), fields.explanation(),
				pattern, tellStaff, worry, new TriageRule.Source(source.title(), source.publisher(), source.url()),
				recommends, avoid, fields.noRoutines());
	}

	private static String text(String optional) {
		return (optional != null) ? optional : "";
	}

	private static TriageRule.Conditions conditions(ContentFile file, When fields) {
		TriageRule.Conditions when = new TriageRule.Conditions(fields.all(), fields.any(), fields.none(),
				fields.minAge(), fields.maxAge(), fields.ageUnknown());
		if (when.all().isEmpty() && when.any().isEmpty() && when.minAge() == null && when.maxAge() == null) {
			throw file.error("when.all", "a rule needs at least one answer in 'all' or 'any', or an age bound");
		}
		if (when.ageUnknown() && (when.minAge() != null || when.maxAge() != null)) {
			throw file.error("when.ageUnknown", "cannot be combined with minAge or maxAge");
		}
		if (when.minAge() != null && when.maxAge() != null && when.minAge() > when.maxAge()) {
			throw file.error("when.minAge", "is above maxAge");
		}
		return when;
	}

	/**
	 * Every answer a rule names exists, and every answer an emergency rule needs present
	 * is asked in a "check first" group, so emergency signs come before all else.
	 */
	private static void checkReferences(Document document, ContentIndex index) {
		TriageRule rule = document.rule();
		List<QuestionGroup> groups = index.all(ContentKinds.CHECKLIST_QUESTIONS, QuestionGroupContent.Document.class)
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
		index.requireAll(document, "recommends.guides", ContentKinds.GUIDES, rule.recommends().guides());
		index.requireAll(document, "recommends.routines", ContentKinds.ROUTINES, rule.recommends().routines());
		index.requireAll(document, "recommends.stretches", ContentKinds.STRETCHES, rule.recommends().stretches());
		index.requireAll(document, "avoid.stretches", ContentKinds.STRETCHES, rule.avoidStretches());
	}

}
