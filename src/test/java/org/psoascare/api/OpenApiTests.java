package org.psoascare.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.psoascare.TestHttp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description the app serves parses and validates with swagger-parser (every
 * reference resolved), describes every endpoint of the API and nothing else, and is
 * cached like the rest of the API. No UI is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTests {

	private final TestHttp http = new TestHttp(() -> this.port);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theServedDescriptionIsValidAndCoversTheWholeApi() throws Exception {
		HttpResponse<String> response = get("/api/v1/openapi");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");

		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setValidateInternalRefs(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
		assertThat(parsed.getMessages()).as("validation messages").isEmpty();
		OpenAPI api = parsed.getOpenAPI();
		assertThat(api.getOpenapi()).startsWith("3.1");
		assertThat(api.getInfo().getLicense().getUrl()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(api.getServers().get(0).getUrl()).isEqualTo("http://localhost:8080");

		Map<String, PathItem> paths = api.getPaths();
		assertThat(paths).containsOnlyKeys("/api/v1", "/api/v1/guides", "/api/v1/guides/{slug}", "/api/v1/stretches",
				"/api/v1/stretches/{slug}", "/api/v1/routines", "/api/v1/routines/{slug}", "/api/v1/plans",
				"/api/v1/plans/{slug}", "/api/v1/checklist", "/api/v1/checklist/evaluate");
		assertThat(paths.get("/api/v1/plans/{slug}").getGet().getResponses()).containsKeys("200", "404");
		assertThat(paths.get("/api/v1/checklist/evaluate").getPost().getRequestBody().getContent())
			.containsOnlyKeys("application/x-www-form-urlencoded");
		assertThat(paths.get("/api/v1/guides/{slug}").getGet().getResponses()).containsKeys("200", "404");
		assertThat(api.getComponents().getSchemas()).containsKeys("PlanItem", "PlanDetail", "PlanWeek", "PlanStep");
		assertThat(api.getComponents().getSchemas()).containsKeys("GuideDetail", "StretchDetail", "RoutineDetail",
				"ChecklistDefinition", "Evaluation", "NeedsCorrection");
		assertThat(api.getComponents().getSchemas().get("Evaluation").getProperties()).containsKeys("level", "cards",
				"tellStaff", "recommends", "problems");
	}

	/**
	 * A client that knows only the description can fill in the evaluate form: every field
	 * it names, with a value it allows, is read without a problem, and the answer has a
	 * level the description lists. And it names every field the checklist has.
	 */
	@Test
	@SuppressWarnings("rawtypes")
	void aRequestBuiltFromTheDescriptionAloneIsReadInFull() throws Exception {
		OpenAPI api = new OpenAPIV3Parser().readContents(get("/api/v1/openapi").body()).getOpenAPI();
		Operation evaluate = api.getPaths().get("/api/v1/checklist/evaluate").getPost();
		Map.Entry<String, MediaType> form = evaluate.getRequestBody().getContent().entrySet().iterator().next();
		Map<String, Schema> fields = form.getValue().getSchema().getProperties();
		assertThat(fields).containsKeys("answer", "age");

		List<String> pairs = new ArrayList<>();
		fields.forEach((name, field) -> {
			if (field.getItems() != null) {
				assertThat(field.getItems().getEnum()).as(name).isNotEmpty();
				field.getItems().getEnum().forEach((value) -> pairs.add(name + "=" + value));
			}
			else if (field.getEnum() != null) {
				assertThat(field.getEnum()).as(name).isNotEmpty();
				pairs.add(name + "=" + field.getEnum().get(0));
			}
			else {
				assertThat(field.getMaximum()).as("%s is a number with bounds", name).isNotNull();
				pairs.add(name + "=" + field.getMaximum().intValue());
			}
		});
		HttpResponse<String> response = this.http.send("POST", "/api/v1/checklist/evaluate", form.getKey(),
				String.join("&", pairs));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode evaluation = this.json.readTree(response.body());
		assertThat(evaluation.path("problems").isEmpty()).as(evaluation.path("problems").toString()).isTrue();
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		assertThat(((Schema) schemas.get("Evaluation").getProperties().get("level")).getEnum())
			.contains(evaluation.path("level").asString());
		assertThat(((Schema) schemas.get("Evaluation").getProperties().get("problems")).getItems().getEnum())
			.contains("age", "unknown-answer");

		JsonNode definition = this.json.readTree(get("/api/v1/checklist").body());
		for (JsonNode group : definition.path("questions")) {
			for (JsonNode question : group.path("questions")) {
				assertThat(fields).as("the field of %s", question.path("code").asString())
					.containsKey(question.path("field").asString());
			}
			if (!group.path("gate").isNull() && !group.path("gate").isMissingNode()) {
				assertThat(fields).containsKey(group.path("gate").path("field").asString());
			}
		}
	}

	@Test
	void theDescriptionIsAlsoServedAsYaml() throws Exception {
		HttpResponse<String> yaml = get("/api/v1/openapi.yaml");
		assertThat(yaml.statusCode()).isEqualTo(200);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml.body());
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/v1/checklist/evaluate");
	}

	@Test
	void noSwaggerUiIsServed() throws Exception {
		assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.get(path);
	}

}
