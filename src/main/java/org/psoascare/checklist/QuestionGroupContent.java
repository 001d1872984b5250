package org.psoascare.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checklist's questions: one YAML file per fieldset in
 * {@code content/checklist/questions/}.
 */
@Configuration(proxyBeanMethods = false)
class QuestionGroupContent {

	/** The only number question, and its bounds. */
	static final String AGE = "age";

	private final Function<List<Document>, SyncCounts> store;

	QuestionGroupContent(StoredQuestionGroupRepository groups) {
		this.store = ContentSync.into(groups, StoredQuestionGroup::new, StoredQuestionGroup::copy);
	}

	/** A question group file, read and checked. */
	public record Document(ContentFile source, QuestionGroup group) implements ContentDocument {

		@Override
		public String slug() {
			return this.group.slug();
		}

	}

	@Bean
	ContentType<Document> questionGroupType() {
		return ContentType
			.of(ContentKinds.CHECKLIST_QUESTIONS, "yaml", (file) -> new Document(file, read(file)), this.store)
			.withReferences(QuestionGroupContent::checkReferences);
	}

	/** A question group file. */
	record Fields(@Slug String slug, @NotNull @Positive Integer order, boolean checkFirst, @NotBlank String legend,
			String hint,
			@NotEmpty(message = "needs at least one question") List<@NotNull @Valid QuestionFields> questions,
			@Valid GateFields gate) {
	}

	/** The question asked before a group's boxes, and the sign it stands for unticked. */
	record GateFields(@Slug String code, @NotBlank String label, @NotEmpty @NoRepeats List<@Slug String> mostSerious) {
	}

	/** One question of a group file; only a choice has options. */
	record QuestionFields(@Slug String code, @NotNull QuestionType type, @NotBlank String label,
			List<@NotNull @Valid OptionFields> options) {
	}

	/** One option of a choice. */
	record OptionFields(@Slug String code, @NotBlank String label) {
	}

	static QuestionGroup read(ContentFile file) {
		Fields fields = ContentYaml.read(file, Fields.class);
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < fields.questions().size(); i++) {
			questions.add(question(file, "questions[" + (i + 1) + "].", fields.questions().get(i)));
		}
		return new QuestionGroup(fields.slug(), fields.order(), fields.checkFirst(), fields.legend(),
				(fields.hint() != null) ? fields.hint() : "", List.copyOf(questions),
				gate(file, fields.gate(), questions));
	}

	/**
	 * A gate needs a group of tick boxes, and its most serious sign must be one of them,
	 * so that "yes" with nothing ticked can stand for it.
	 */
	private static QuestionGroup.Gate gate(ContentFile file, GateFields fields, List<Question> questions) {
		if (fields == null) {
			return null;
		}
		if (questions.stream().anyMatch((question) -> question.type() != QuestionType.CHECK)) {
			throw file.error("gate", "only a group of tick boxes can have a gate");
		}
		for (String code : fields.mostSerious()) {
			if (questions.stream().noneMatch((question) -> question.code().equals(code))) {
				throw file.error("gate.mostSerious", "'" + code + "' is not a tick box of this group");
			}
		}
		return new QuestionGroup.Gate(fields.code(), fields.label(), fields.mostSerious());
	}

	private static Question question(ContentFile file, String prefix, QuestionFields fields) {
		QuestionType type = fields.type();
		List<Question.Option> options = fields.options()
			.stream()
			.map((option) -> new Question.Option(option.code(), option.label()))
			.toList();
		if (type == QuestionType.CHOICE && options.size() < 2) {
			throw file.error(prefix + "options", "a choice needs at least two options");
		}
		if (type != QuestionType.CHOICE && !options.isEmpty()) {
			throw file.error(prefix + "options", "only a choice has options");
		}
		if (type == QuestionType.NUMBER && !AGE.equals(fields.code())) {
			throw file.error(prefix + "code", "the only number question is 'age'");
		}
		return new Question(fields.code(), type, fields.label(), options);
	}

	/**
	 * Orders, field names and answer codes must each be unique across all groups, and
	 * every "check first" group (emergency signs) comes before every other group.
	 */
	private static void checkReferences(Document document, ContentIndex index) {
		List<Document> all = index.all(ContentKinds.CHECKLIST_QUESTIONS, Document.class);
		QuestionGroup group = document.group();
		for (Document other : all) {
			if (other != document && other.group().order() == group.order()) {
				throw document.source().error("order", group.order() + " is also used by " + other.source().path());
			}
			if (!group.checkFirst() && other.group().checkFirst() && other.group().order() > group.order()) {
				throw document.source()
					.error("order", group.order() + " comes before the check-first group " + other.source().path()
							+ ": emergency signs are asked first");
			}
		}
		Map<String, Long> uses = all.stream()
			.flatMap((other) -> other.group().codes().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		List<Question> questions = document.group().questions();
		for (int i = 0; i < questions.size(); i++) {
			for (String code : questions.get(i).codes()) {
				if (uses.get(code) > 1) {
					throw document.source()
						.error("questions[" + (i + 1) + "]",
								"the code '" + code + "' is used more than once in the checklist");
				}
			}
		}
		if (group.gate() != null) {
			for (String code : group.gate().asChoice().codes()) {
				if (uses.get(code) > 1) {
					throw document.source()
						.error("gate.code", "the code '" + code + "' is used more than once in the checklist");
				}
			}
		}
	}

}
