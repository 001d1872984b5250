package org.psoascare.checklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFields;
import org.psoascare.content.ContentFile;
import org.psoascare.content.ContentIndex;
import org.psoascare.content.ContentSync;
import org.psoascare.content.ContentType;
import org.psoascare.content.ContentYaml;
import org.psoascare.content.SyncCounts;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The checklist's questions: one YAML file per fieldset in
 * {@code content/checklist/questions/}.
 */
@Component
@Order(4)
public class QuestionGroupContent implements ContentType<QuestionGroupContent.Document> {

	public static final String FOLDER = "checklist/questions";

	/** The only number question, and its bounds. */
	static final String AGE = "age";

	private final StoredQuestionGroupRepository groups;

	QuestionGroupContent(StoredQuestionGroupRepository groups) {
		this.groups = groups;
	}

	/** A question group file, read and checked. */
	public record Document(ContentFile source, QuestionGroup group) implements ContentDocument {

		@Override
		public String slug() {
			return this.group.slug();
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

	static QuestionGroup read(ContentFile file) {
		ContentFields fields = ContentYaml.read(file, file.text());
		QuestionGroup group = new QuestionGroup(fields.requireSlug("slug"), fields.requirePositive("order"),
				fields.optionalFlag("checkFirst"), fields.requireText("legend"), fields.optionalText("hint"),
				fields.blockList("questions", QuestionGroupContent::question));
		if (group.questions().isEmpty()) {
			throw fields.error("questions", "needs at least one question");
		}
		fields.finish();
		return group;
	}

	private static Question question(ContentFields fields) {
		String code = fields.requireSlug("code");
		QuestionType type = fields.requireCode("type", QuestionType.class);
		String label = fields.requireText("label");
		List<Question.Option> options = fields.blockList("options",
				(option) -> new Question.Option(option.requireSlug("code"), option.requireText("label")));
		if (type == QuestionType.CHOICE && options.size() < 2) {
			throw fields.error("options", "a choice needs at least two options");
		}
		if (type != QuestionType.CHOICE && !options.isEmpty()) {
			throw fields.error("options", "only a choice has options");
		}
		if (type == QuestionType.NUMBER && !AGE.equals(code)) {
			throw fields.error("code", "the only number question is 'age'");
		}
		return new Question(code, type, label, options);
	}

	/**
	 * Orders, field names and answer codes must each be unique across all groups, and
	 * every "check first" group (emergency signs) comes before every other group.
	 */
	@Override
	public void checkReferences(Document document, ContentIndex index) {
		List<Document> all = index.all(FOLDER, Document.class);
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

	@Override
	public SyncCounts store(List<Document> documents) {
		return ContentSync.sync(documents, this.groups, StoredQuestionGroup::new, StoredQuestionGroup::copy);
	}

}
