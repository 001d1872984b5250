package org.psoascare.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import org.psoascare.checklist.CareLevel;
import org.psoascare.checklist.ChecklistEvaluator;
import org.psoascare.checklist.Question;
import org.psoascare.checklist.QuestionGroup;
import org.psoascare.checklist.QuestionType;
import org.psoascare.content.Coded;
import org.psoascare.web.SiteAddress;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title, licence and server of the OpenAPI description springdoc serves at
 * {@code /api/v1/openapi} (JSON; {@code /api/v1/openapi.yaml} for YAML), and the parts
 * that come from the checklist's content: the evaluate request as an object naming every
 * field the form can send with its allowed values, and the enums of care levels and
 * problem codes. Only the description: no Swagger UI, which would need inline script the
 * CSP forbids.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	static final String EVALUATE = "/api/v1/checklist/evaluate";

	@Bean
	OpenAPI openApi(SiteAddress address) {
		return new OpenAPI().info(new Info().title("Psoas and sciatica self-care API")
			.version("1")
			.description(
					"Read-only content (guides, stretches, routines, recovery plans, the checklist's questions and rules) "
							+ "and the checklist's evaluation. Content is licensed " + ApiJson.LICENCE
							+ ": credit \"Psoas and sciatica self-care contributors\" and link to the page. "
							+ "Self-care information, not a diagnosis.")
			.license(new License().name("CC BY 4.0 (content)").url(ApiJson.LICENCE_URL)))
			.addServersItem(new Server().url(address.baseUrl()));
	}

	/**
	 * Fills in what the annotations cannot know: the checklist's fields and codes as
	 * loaded. springdoc builds the description once, at its first request, after content
	 * has loaded.
	 */
	@Bean
	OpenApiCustomizer checklistFields(ChecklistEvaluator checklist) {
		return (api) -> {
			MediaType form = api.getPaths()
				.get(EVALUATE)
				.getPost()
				.getRequestBody()
				.getContent()
				.get(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE);
			form.setSchema(evaluateBody(checklist.definition().questions()));
			form.setEncoding(Map.of(ChecklistEvaluator.ANSWER_FIELD,
					new Encoding().style(Encoding.StyleEnum.FORM).explode(true)));
			List<String> levels = Arrays.stream(CareLevel.values()).map(Coded::code).toList();
			Map<String, Schema> schemas = api.getComponents().getSchemas();
			property(schemas, "Evaluation", "level").setEnum(new ArrayList<>(levels));
			property(schemas, "Card", "level").setEnum(new ArrayList<>(levels));
			property(schemas, "Rule", "level").setEnum(new ArrayList<>(levels));
			property(schemas, "Evaluation", "problems").getItems()
				.setEnum(new ArrayList<>(ChecklistEvaluator.PROBLEM_CODES));
			property(schemas, "NeedsCorrection", "problems").getItems()
				.setEnum(new ArrayList<>(ChecklistEvaluator.PROBLEM_CODES));
		};
	}

	/**
	 * The evaluate request: {@code answer} (repeated, one per ticked box), {@code age},
	 * one field per one-choice question and per group's gate question, and {@code part}.
	 */
	private static Schema<Object> evaluateBody(List<QuestionGroup> groups) {
		Set<String> checks = new LinkedHashSet<>();
		Schema<Object> body = typed("object").description("The fields the HTML form sends, all optional; a body with "
				+ "none (or no body) is answered as nothing given. An unknown field or value is left out and named "
				+ "in problems as unknown-answer.");
		Map<String, Schema<Object>> choices = new LinkedHashMap<>();
		for (QuestionGroup group : groups) {
			QuestionGroup.Gate gate = group.gate();
			if (gate != null) {
				choices.put(gate.code(), codes(QuestionGroup.Gate.ANSWERS.stream().map(gate::answerCode).toList())
					.description(gate.label()));
			}
			for (Question question : group.questions()) {
				if (question.type() == QuestionType.CHECK) {
					checks.add(question.code());
				}
				else if (question.type() == QuestionType.CHOICE) {
					choices.put(question.code(), codes(question.options().stream().map(Question.Option::code).toList())
						.description(question.label()));
				}
			}
		}
		body.addProperty(ChecklistEvaluator.ANSWER_FIELD, typed("array").items(codes(List.copyOf(checks)))
			.description("One value per ticked box: its answer code. Repeat the field for each."));
		Schema<Object> age = typed("integer").description("Age in whole years");
		age.setMinimum(BigDecimal.ZERO);
		age.setMaximum(BigDecimal.valueOf(ChecklistEvaluator.MAX_AGE));
		body.addProperty(ChecklistEvaluator.AGE_FIELD, age);
		choices.forEach(body::addProperty);
		body.addProperty(ChecklistEvaluator.PART_FIELD, codes(List.of(ChecklistEvaluator.FIRST_PART))
			.description("Sent by the form's \"Check these first\" button, before the rest was answered"));
		return body;
	}

	private static Schema<Object> codes(List<String> codes) {
		Schema<Object> schema = typed("string");
		schema.setEnum(new ArrayList<>(codes));
		return schema;
	}

	/** A schema of one JSON type, written as OpenAPI 3.1 writes types. */
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(new LinkedHashSet<>(Set.of(type)));
		return schema;
	}

	@SuppressWarnings("rawtypes")
	private static Schema property(Map<String, Schema> schemas, String schema, String property) {
		return (Schema) schemas.get(schema).getProperties().get(property);
	}

}
