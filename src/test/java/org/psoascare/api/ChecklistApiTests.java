package org.psoascare.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psoascare.TestHttp;
import org.psoascare.content.RealContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist API over real HTTP: its questions are the form's, and every answer the
 * HTML form and the API are sent gets the same reading and the same triage, red flags
 * beside bad fields included; nothing is stored, cached or logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ChecklistApiTests {

	/**
	 * Every kind of field a person or a broken form can get wrong (as the HTML form's
	 * tests use).
	 */
	private static final String[] BAD_FIELDS = { "age=abc", "age=45+years", "age=-1", "age=121", "age=40&age=41",
			"answer=not-a-code", "answer=", "unknown=1", "duration=fever",
			"duration=duration-over-3-months&duration=duration-under-6-weeks", "%3Cb%3E=1", "answer=fever%G0",
			"%ZZ=1" };

	private final TestHttp http = new TestHttp(() -> this.port);

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theQuestionsAreTheFormsQuestions() throws Exception {
		JsonNode checklist = this.json.readTree(send("GET", "/api/v1/checklist", null, null).body());
		Document form = Jsoup.parse(send("GET", "/checklist", null, null).body());
		Set<String> fromApi = new LinkedHashSet<>();
		for (JsonNode group : checklist.path("questions")) {
			for (JsonNode value : group.path("gate").path("values")) {
				fromApi.add(group.path("gate").path("field").asString() + "=" + value.asString());
			}
			for (JsonNode question : group.path("questions")) {
				if (question.path("type").asString().equals("check")) {
					fromApi.add(question.path("field").asString() + "=" + question.path("value").asString());
				}
				for (JsonNode option : question.path("options")) {
					fromApi.add(question.path("field").asString() + "=" + option.path("code").asString());
				}
				if (question.path("type").asString().equals("number")) {
					fromApi.add(question.path("field").asString() + "=");
				}
			}
		}
		Set<String> fromForm = new LinkedHashSet<>();
		for (Element input : form.select("form[method=post] input[name]")) {
			fromForm.add(input.attr("name") + "=" + (input.attr("type").equals("text") ? "" : input.attr("value")));
		}
		assertThat(fromApi).containsExactlyInAnyOrderElementsOf(fromForm);
		assertThat(checklist.path("questions").get(0).path("checkFirst").asBoolean()).isTrue();
		assertThat(checklist.path("rules").size()).as("one per rule file").isEqualTo(RealContent.rules());
		assertThat(checklist.path("evaluate").asString()).isEqualTo("http://localhost:8080/api/v1/checklist/evaluate");
	}

	@Test
	void everyRuleGetsTheSameResultFromTheApiAsFromTheForm() throws Exception {
		JsonNode checklist = this.json.readTree(send("GET", "/api/v1/checklist", null, null).body());
		Map<String, String> fieldOf = new HashMap<>();
		for (JsonNode group : checklist.path("questions")) {
			for (JsonNode value : group.path("gate").path("values")) {
				fieldOf.put(value.asString(), group.path("gate").path("field").asString());
			}
			for (JsonNode question : group.path("questions")) {
				question.path("options")
					.forEach(
							(option) -> fieldOf.put(option.path("code").asString(), question.path("field").asString()));
			}
		}
		List<String> bodies = new ArrayList<>(List.of("", "answer=saddle-numbness", "age=13&answer=pain-low-back",
				"answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting",
				"answer=saddle-numbness&answer=pee-leaking&answer=fever&answer=worried&age=40"));
		for (JsonNode rule : checklist.path("rules")) {
			List<String> fields = new ArrayList<>();
			rule.path("when").path("all").forEach((code) -> fields.add(field(fieldOf, code.asString())));
			if (!rule.path("when").path("any").isEmpty()) {
				fields.add(field(fieldOf, rule.path("when").path("any").get(0).asString()));
			}
			JsonNode minAge = rule.path("when").path("minAge");
			JsonNode maxAge = rule.path("when").path("maxAge");
			if (minAge.isNumber() || maxAge.isNumber()) {
				fields.add("age=" + (minAge.isNumber() ? minAge.asInt() : maxAge.asInt()));
			}
			String body = String.join("&", fields);
			bodies.add(body);
			if (!rule.path("level").asString().equals("self-care")) {
				for (String bad : BAD_FIELDS) {
					bodies.add(body.isEmpty() ? bad : body + "&" + bad);
				}
			}
		}
		int results = 0;
		int corrections = 0;
		for (String body : bodies) {
			HttpResponse<String> page = send("POST", "/checklist", body, "application/x-www-form-urlencoded");
			HttpResponse<String> api = send("POST", "/api/v1/checklist/evaluate", body,
					"application/x-www-form-urlencoded");
			Document html = Jsoup.parse(page.body());
			Element result = html.selectFirst(".result[data-disposition]");
			assertThat(api.headers().firstValue("Cache-Control")).as(body).hasValue("no-store");
			if (result == null) {
				assertThat(html.text()).as(body).contains("There is a problem");
				assertThat(api.statusCode()).as(body).isEqualTo(422);
				assertThat(this.json.readTree(api.body()).path("problems").isEmpty()).as(body).isFalse();
				corrections++;
				continue;
			}
			assertThat(api.statusCode()).as(body).isEqualTo(200);
			JsonNode evaluation = this.json.readTree(api.body());
			assertThat(evaluation.path("level").asString()).as(body).isEqualTo(result.attr("data-disposition"));
			Element tellStaff = html.selectFirst(".tell-staff");
			assertThat(evaluation.path("tellStaff").asString()).as(body)
				.isEqualTo((tellStaff != null) ? tellStaff.text() : "");
			assertThat(evaluation.path("problems").isEmpty()).as(body)
				.isEqualTo(!html.text().contains("Some of your answers could not be read"));
			if (!evaluation.path("level").asString().matches("soon|self-care")) {
				assertThat(evaluation.path("recommends").path("guides").isEmpty()).as(body).isTrue();
				assertThat(evaluation.path("recommends").path("routines").isEmpty()).as(body).isTrue();
				assertThat(evaluation.path("recommends").path("stretches").isEmpty()).as(body).isTrue();
				assertThat(evaluation.path("patterns").isEmpty()).as(body).isTrue();
			}
			List<String> routines = new ArrayList<>();
			evaluation.path("recommends").path("routines").forEach((ref) -> routines.add(ref.path("slug").asString()));
			for (String routine : routines) {
				assertThat(html.select("a[href=/routines/" + routine + "]")).as(body + " shows " + routine)
					.isNotEmpty();
			}
			results++;
		}
		assertThat(results).isGreaterThan(500);
		assertThat(corrections).isPositive();
	}

	@Test
	void aRedFlagBesideABrokenBodyIsStillAnEmergency() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/checklist/evaluate",
				"answer=saddle-numbness&answer=fever%G0&age=4%", "application/x-www-form-urlencoded");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode evaluation = this.json.readTree(response.body());
		assertThat(evaluation.path("level").asString()).isEqualTo("emergency");
		assertThat(evaluation.path("cards").get(0).path("level").asString()).isEqualTo("emergency");
		assertThat(evaluation.path("tellStaff").asString()).startsWith("I have back pain and");
		assertThat(evaluation.path("problems").toString()).contains("unreadable-body");
		assertThat(evaluation.path("cards").get(0).path("reasons").get(0).path("source").path("url").asString())
			.startsWith("https://");
	}

	@Test
	void onlyAFormBodyOfSensibleSizeIsRead() throws Exception {
		HttpResponse<String> json = send("POST", "/api/v1/checklist/evaluate", "{\"answer\":\"zz-echo\"}",
				"application/json");
		assertThat(json.statusCode()).isEqualTo(415);
		assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json.body()).doesNotContain("zz-echo");

		HttpResponse<String> huge = send("POST", "/api/v1/checklist/evaluate", "answer=" + "a".repeat(40_000),
				"application/x-www-form-urlencoded");
		assertThat(huge.statusCode()).as("refused by the site's request size limit before it is read").isEqualTo(413);
		assertThat(huge.body()).doesNotContain("aaaa");

		HttpResponse<String> get = send("GET", "/api/v1/checklist/evaluate", null, null);
		assertThat(get.statusCode()).as("the address exists, for POST").isEqualTo(405);
		assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
		assertThat(get.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void aPostWithNoBodyIsNothingGiven() throws Exception {
		HttpResponse<String> empty = send("POST", "/api/v1/checklist/evaluate", null, null);
		assertThat(empty.statusCode()).isEqualTo(200);
		JsonNode evaluation = this.json.readTree(empty.body());
		assertThat(evaluation.path("nothingGiven").asBoolean()).isTrue();
		assertThat(evaluation.path("problems").isEmpty()).isTrue();

		HttpResponse<String> untyped = send("POST", "/api/v1/checklist/evaluate", "answer=fever", null);
		assertThat(untyped.statusCode()).as("a body of no stated type is not a form").isEqualTo(415);
	}

	@Test
	void answersNeverReachTheLogsNorACookieNorACache(CapturedOutput output) throws Exception {
		for (String body : List.of("answer=saddle-numbness&answer=past-cancer&age=87",
				"answer=saddle-numbness&answer=zz-private-marker", "age=zz-typed-age", "answer=fever&age=zz-typed-age",
				"answer=zz-private-marker%G0")) {
			HttpResponse<String> response = send("POST", "/api/v1/checklist/evaluate", body,
					"application/x-www-form-urlencoded");
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
			assertThat(response.headers().firstValue("ETag")).isEmpty();
			assertThat(response.body()).doesNotContain("zz-private-marker", "zz-typed-age");
		}
		assertThat(output.getAll()).doesNotContain("saddle-numbness", "past-cancer", "zz-private-marker",
				"zz-typed-age", "age=87");
	}

	private static String field(Map<String, String> fieldOf, String code) {
		return fieldOf.getOrDefault(code, "answer") + "=" + code;
	}

	private HttpResponse<String> send(String method, String path, String body, String contentType) {
		return this.http.send(method, path, contentType, body);
	}

}
