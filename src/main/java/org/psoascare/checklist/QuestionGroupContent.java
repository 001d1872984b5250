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
import org.psoascare.content.Slug;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checklist's questions: one YAML file per fieldset in
 * {@code content/checklist/questions/}.
 */
@Configuration(proxyBeanMethods = false)
public class QuestionGroupContent {

	/** The only number question, and its bounds. */
	static final String AGE = "age";

	private final ApplicationEventPublisher events;

	private final Function<List<Document>, SyncCounts> sync;

	QuestionGroupContent(StoredQuestionGroupRepository groups, ApplicationEventPublisher events) {
		this.events = events;
		this.sync = ContentSync.into(groups, StoredQuestionGroup::new, StoredQuestionGroup::copy);
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
			.of(ContentKinds.CHECKLIST_QUESTIONS, "yaml", (file) -> new Document(file, read(file)), this::store)
			.withReferences(QuestionGroupContent::checkReferences);
	}

	/** A question group file. */
	record Fields(@Slug String slug, @NotNull @Positive Integer order, boolean checkFirst, @NotBlank String legend,
			String hint,
			@NotEmpty(message = "needs at least one question") List<@NotNull @Valid QuestionFields> questions) {
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
				(fields.hint() != null) ? fields.hint() : "", List.copyOf(questions));
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
			.flatMap((other) -> other.group().questions().stream())
			.flatMap((question) -> question.codes().stream())
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
	}

	/**
	 * Keeps each file's slug and fingerprint, and hands the parsed groups to the
	 * {@link Checklist} in a {@link Stored} event, which it takes once the load commits.
	 */
	private SyncCounts store(List<Document> documents) {
		SyncCounts counts = this.sync.apply(documents);
		this.events.publishEvent(new Stored(documents.stream().map(Document::group).toList()));
		return counts;
	}

	/** The question groups of a load, as parsed and checked, in no particular order. */
	record Stored(List<QuestionGroup> groups) {
	}

}
