package org.psoascare.offline;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.content.ContentInfo;
import org.psoascare.plan.PlanCatalog;
import org.psoascare.plan.PlanViews.PlanSummary;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCard;
import org.psoascare.stretch.StretchCatalog;
import org.psoascare.stretch.StretchFilter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service worker's script and list over real HTTP: the script carries the content
 * version, the list holds every routine and stretch page and picture and every week page
 * of every plan (read from the catalogs, not written down here), the player, the progress
 * page and the offline page, and never the checklist, search or the API; every address on
 * it answers 200. Prints the offline cache's size in bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfflineTests {

	@LocalServerPort
	int port;

	@Autowired
	StretchCatalog catalog;

	@Autowired
	ContentInfo content;

	@Autowired
	PlanCatalog plans;

	private final TestHttp http = new TestHttp(() -> this.port);

	private HttpResponse<byte[]> get(String path) throws Exception {
		return this.http.getBytes(path);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> precache() throws Exception {
		return JsonMapper.builder().build().readValue(get("/offline/precache.json").body(), Map.class);
	}

	@Test
	void theWorkerIsAScriptAtTheRootWithTheContentVersionAndIsAlwaysRevalidated() throws Exception {
		HttpResponse<byte[]> worker = get("/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
		assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String script = new String(worker.body());
		assertThat(script).contains("var VERSION = '" + this.content.version() + "';")
			.doesNotContain("__CONTENT_VERSION__");
		String etag = worker.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = this.http.getBytes("/sw.js", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("worker-src 'self'");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theListHoldsEveryRoutineAndStretchWithItsPictureAndNeverTheChecklistOrSearch() throws Exception {
		Map<String, Object> list = precache();
		assertThat(list.get("version")).isEqualTo(this.content.version());
		List<String> paths = (List<String>) list.get("paths");
		assertThat(paths).doesNotHaveDuplicates()
			.contains("/offline", "/progress", "/routines", "/stretches")
			.anyMatch((path) -> path.matches("/js/player-[0-9a-f]{32}\\.js"))
			.anyMatch((path) -> path.matches("/js/progress-[0-9a-f]{32}\\.js"))
			.anyMatch((path) -> path.matches("/css/site-[0-9a-f]{32}\\.css"));
		for (RoutineSummary routine : this.catalog.routines()) {
			assertThat(paths).contains("/routines/" + routine.slug());
		}
		for (StretchCard stretch : this.catalog.list(new StretchFilter(null, null, null, null))) {
			assertThat(paths).contains("/stretches/" + stretch.slug());
			assertThat(paths)
				.anyMatch((path) -> path.matches("/img/stretches/" + stretch.slug() + "-[0-9a-f]{32}\\.svg"));
		}
		assertThat(paths).noneMatch((path) -> path.matches("^/(checklist|search|api|actuator|calendar).*"))
			.allMatch((path) -> !path.contains("?") || path.matches("/plans/[a-z0-9-]+\\?week=[0-9]+"));

		long bytes = 0;
		for (String path : paths) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			bytes += response.body().length;
		}
		System.out.printf("Offline cache: %d addresses, %d bytes (uncompressed bodies)%n", paths.size(), bytes);
		assertThat(bytes).as("the offline cache stays small").isLessThan(2_000_000);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theListHoldsThePlanListAndEveryWeekPageOfEveryPlan() throws Exception {
		List<String> paths = (List<String>) precache().get("paths");
		List<PlanSummary> plans = this.plans.plans();
		assertThat(plans).isNotEmpty();
		assertThat(paths).contains("/plans");
		for (PlanSummary plan : plans) {
			assertThat(paths).as(plan.slug()).contains("/plans/" + plan.slug());
			for (int week = 2; week <= plan.weeks(); week++) {
				assertThat(paths).as("%s week %d", plan.slug(), week)
					.contains("/plans/" + plan.slug() + "?week=" + week);
			}
			assertThat(paths).as("%s has no week past its last", plan.slug())
				.doesNotContain("/plans/" + plan.slug() + "?week=" + (plan.weeks() + 1))
				.doesNotContain("/plans/" + plan.slug() + "?week=1");
		}
		int weekPages = plans.stream().mapToInt(PlanSummary::weeks).sum();
		assertThat(paths.stream().filter((path) -> path.startsWith("/plans/"))).hasSize(weekPages);
		assertThat(paths).noneMatch((path) -> path.contains("without="));
	}

	@Test
	void theOfflinePageGivesTheEmergencyNumbersAndSignsAndSaysWhatNeedsAConnection() throws Exception {
		HttpResponse<byte[]> response = get("/offline");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(new String(response.body()));
		assertThat(page.select("h1").text()).isEqualTo("You are offline");
		assertThat(page.select("[data-urgency=emergency] h2").text())
			.contains("999 in the UK, 911 in the US, 112 in the EU");
		assertThat(page.select("[data-urgency=emergency] .emergency-signs li")).hasSizeGreaterThan(5);
		assertThat(page.text()).contains("The symptom checklist and search are answered by this site's server");
	}

}
