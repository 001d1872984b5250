package org.psoascare.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress diary in a real browser: a day saved survives a reload; export, delete and
 * import give back the same entries; the chart's points and the table say the same; the
 * rising-trend notice follows the rule on made-up entries; no request leaves the page
 * while it is used (recorded by the browser's own resource timing and its CSP violation
 * reports), and the browser refuses a connection the page tries; a routine finished on a
 * routine page is recorded; axe passes on every new page.
 */
class ProgressBrowserTests extends BrowserTestSupport {

	/** Builds entries days before today (in the browser's calendar) and stores them. */
	private static final String SEED = """
			var pad = function (n) { return (n < 10 ? '0' : '') + n; };
			var iso = function (back) { var d = new Date(); d.setDate(d.getDate() - back);
			  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); };
			var entries = arguments[0].map(function (e) { return { date: iso(e[0]), pain: e[1], task: e[2],
			  taskScore: e[3], routine: e[4], routines: e[4] ? ['desk-break'] : [] }; });
			entries.sort(function (a, b) { return a.date < b.date ? -1 : 1; });
			localStorage.setItem('psoascare.progress', JSON.stringify({ version: 1, entries: entries }));
			""";

	@BeforeEach
	void emptyDiary() {
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		browser.consoleErrors();
		open("/progress");
		browser.script("localStorage.clear()");
		openProgress();
	}

	private void openProgress() {
		open("/progress");
		browser.waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.cssSelector("[data-app]")).isDisplayed());
	}

	private void seed(List<List<Object>> entries) {
		browser.script(SEED, entries);
		openProgress();
	}

	private void tap(String id) {
		browser.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	private String stored() {
		return (String) browser.script("return localStorage.getItem('psoascare.progress')");
	}

	private List<WebElement> rows() {
		return browser.driver.findElements(By.cssSelector("[data-role=table] tbody tr"));
	}

	private String cell(WebElement row, String column) {
		return row.findElement(By.cssSelector("[data-column='" + column + "']")).getText();
	}

	private void saveToday(int pain, String task, int taskScore, boolean routine) {
		tap("pain-" + pain);
		WebElement taskInput = browser.driver.findElement(By.id("entry-task"));
		taskInput.clear();
		taskInput.sendKeys(task);
		tap("task-" + taskScore);
		WebElement box = browser.driver.findElement(By.id("entry-routine"));
		if (box.isSelected() != routine) {
			tap("entry-routine");
		}
		browser.driver.findElement(By.cssSelector("[data-role=entry-form] button[type=submit]")).click();
	}

	@Test
	void aDaySavedIsThereAfterAReload() {
		assertThat(rows()).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("[data-role=empty]")).isDisplayed()).isTrue();

		saveToday(6, "putting on socks", 4, true);
		assertThat(browser.driver.findElement(By.cssSelector("[data-role=status]")).getText()).startsWith("Saved for");

		openProgress();
		assertThat(rows()).hasSize(1);
		WebElement row = rows().get(0);
		assertThat(cell(row, "pain")).isEqualTo("6");
		assertThat(cell(row, "task")).isEqualTo("putting on socks");
		assertThat(cell(row, "taskScore")).isEqualTo("4");
		assertThat(cell(row, "routine")).isEqualTo("Done");
		assertThat(browser.driver.findElement(By.id("pain-6")).isSelected()).isTrue();
		assertThat(browser.driver.findElement(By.id("entry-task")).getAttribute("value")).isEqualTo("putting on socks");
		assertThat(stored()).matches("\\{\"version\":1,\"entries\":\\[\\{\"date\":\"\\d{4}-\\d{2}-\\d{2}\",\"pain\":6,"
				+ "\"task\":\"putting on socks\",\"taskScore\":4,\"routine\":true,\"routines\":\\[\\]\\}\\]\\}");

		// Saving the same day again replaces it: one entry a day.
		saveToday(5, "putting on socks", 5, true);
		openProgress();
		assertThat(rows()).hasSize(1);
		assertThat(cell(rows().get(0), "pain")).isEqualTo("5");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void exportDeleteAndImportGiveBackTheSameEntries() throws Exception {
		seed(List.of(List.of(0, 3, "sitting through a meal", 7, true),
				List.of(1, 4, "sitting through a meal", 6, false), List.of(3, 5, "=1+1, \"quoted\"", 5, true),
				List.of(9, 6, "sitting through a meal", 4, false)));
		String before = stored();

		// The file the Export button makes, read back from the Blob the page creates.
		browser.script("window.__exported = null; var original = URL.createObjectURL;"
				+ "URL.createObjectURL = function (blob) { window.__exported = blob; return original(blob); };");
		browser.driver.findElement(By.cssSelector("[data-action=export]")).click();
		String csv = (String) ((JavascriptExecutor) browser.driver)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "window.__exported.text().then(function (t) { done(t.replace(/\\r/g, '<CR>')); });");
		assertThat(csv).doesNotContain("\r");
		csv = csv.replace("<CR>", "\r");
		assertThat(csv).startsWith("date,pain,everyday_task,everyday_task_score,routine_done,routines_finished\r\n")
			.contains(",3,sitting through a meal,7,yes,desk-break\r\n")
			.contains(",\"'=1+1, \"\"quoted\"\"\",5,yes,desk-break\r\n");
		Path file = Files.createTempFile("back-diary", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		browser.driver.findElement(By.cssSelector("[data-action=delete]")).click();
		browser.driver.switchTo().alert().accept();
		assertThat(stored()).isNull();
		assertThat(rows()).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("[data-role=data-status]")).getText())
			.isEqualTo("Your diary is deleted from this browser.");

		browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.cssSelector("[data-role=data-status]"))
				.getText()
				.startsWith("Loaded 4 days"));
		assertThat(stored()).isEqualTo(before);
		assertThat(rows()).hasSize(4);

		// A file that is not the diary's is refused whole.
		Files.writeString(file, "name,score\r\nx,1\r\n");
		browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.cssSelector("[data-role=data-status]"))
				.getText()
				.startsWith("Nothing was loaded"));
		assertThat(stored()).isEqualTo(before);
		Files.delete(file);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theChartAndTheTableAgree() {
		seed(List.of(List.of(0, 2, "stairs", 8, true), List.of(2, 7, "stairs", 3, false),
				List.of(5, 4, "stairs", 5, true), List.of(20, 9, "stairs", 1, false), List.of(54, 3, "stairs", 6, true),
				List.of(70, 8, "stairs", 2, true)));
		List<Map<String, Object>> table = (List<Map<String, Object>>) browser
			.script("return Array.from(document.querySelectorAll('[data-role=table] tbody tr')).map(function (tr) {"
					+ " return { date: tr.dataset.date, pain: tr.querySelector('[data-column=pain]').textContent,"
					+ " taskScore: tr.querySelector('[data-column=taskScore]').textContent,"
					+ " routine: tr.querySelector('[data-column=routine]').textContent }; })");
		List<Map<String, Object>> points = (List<Map<String, Object>>) browser
			.script("var svg = document.querySelector('[data-role=chart] svg');"
					+ "var top = Number(svg.dataset.top), unit = Number(svg.dataset.unit);"
					+ "return Array.from(svg.querySelectorAll('[data-series]')).map(function (p) {"
					+ " return { series: p.dataset.series, date: p.dataset.date, value: p.dataset.value,"
					+ " atHeight: p.dataset.series === 'routine' ? true :"
					+ "   Math.abs(Number(p.getAttribute('cy')) - (top + (10 - Number(p.dataset.value)) * unit)) < 0.01 }; })");
		// The entry 70 days ago is older than the chart's 8 weeks: in neither.
		assertThat(table).hasSize(5);
		assertThat(points)
			.allSatisfy((point) -> assertThat(point.get("atHeight")).as(point.toString()).isEqualTo(true));
		for (Map<String, Object> row : table) {
			assertThat(points).as(row.toString())
				.contains(
						Map.of("series", "pain", "date", row.get("date"), "value", row.get("pain"), "atHeight", true));
			assertThat(points).as(row.toString())
				.contains(Map.of("series", "task", "date", row.get("date"), "value", row.get("taskScore"), "atHeight",
						true));
			boolean routine = "Done".equals(row.get("routine"));
			assertThat(points.stream()
				.anyMatch((p) -> p.get("series").equals("routine") && p.get("date").equals(row.get("date"))))
				.as(row.toString())
				.isEqualTo(routine);
		}
		assertThat(points)
			.hasSize(table.size() * 2 + (int) table.stream().filter((r) -> "Done".equals(r.get("routine"))).count());
	}

	private boolean trendShown() {
		return browser.driver.findElement(By.cssSelector("[data-role=trend]")).isDisplayed();
	}

	@Test
	void theRisingTrendNoticeFollowsThePersonsOwnScores() {
		// Pain going up over two weeks: the notice, with the checklist link.
		seed(List.of(List.of(14, 2, "walking", 6, true), List.of(12, 3, "walking", 6, true),
				List.of(9, 3, "walking", 5, true), List.of(6, 4, "walking", 5, true), List.of(3, 5, "walking", 4, true),
				List.of(0, 6, "walking", 3, true)));
		assertThat(trendShown()).isTrue();
		WebElement trend = browser.driver.findElement(By.cssSelector("[data-role=trend]"));
		assertThat(trend.getAttribute("data-urgency")).isEqualTo("soon");
		assertThat(trend.getText())
			.contains("Getting worse over time is a reason to book an appointment with a GP or physiotherapist");
		assertThat(trend.findElement(By.tagName("a")).getAttribute("href")).endsWith("/checklist");
		assertThat(browser.accessibilityViolations()).as("axe with the trend notice").isEmpty();

		// Steady, falling, or rising over less than two weeks: no notice.
		seed(List.of(List.of(14, 5, "walking", 6, true), List.of(10, 5, "walking", 6, true),
				List.of(7, 5, "walking", 6, true), List.of(3, 5, "walking", 6, true),
				List.of(0, 5, "walking", 6, true)));
		assertThat(trendShown()).as("steady").isFalse();
		seed(List.of(List.of(14, 7, "walking", 6, true), List.of(10, 6, "walking", 6, true),
				List.of(7, 5, "walking", 6, true), List.of(3, 3, "walking", 6, true),
				List.of(0, 2, "walking", 6, true)));
		assertThat(trendShown()).as("falling").isFalse();
		seed(List.of(List.of(6, 2, "walking", 6, true), List.of(4, 4, "walking", 6, true),
				List.of(2, 6, "walking", 6, true), List.of(0, 8, "walking", 6, true)));
		assertThat(trendShown()).as("rising for less than a week").isFalse();
		// A high score alone never becomes a care level.
		seed(List.of(List.of(0, 10, "walking", 0, false)));
		assertThat(trendShown()).as("one high score").isFalse();
		assertThat(browser.driver.findElements(By.cssSelector("[data-urgency]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((e) -> e.getAttribute("data-urgency"))).containsExactly("emergency");
	}

	@Test
	@SuppressWarnings("unchecked")
	void noRequestLeavesThePageWhileItIsUsed() {
		browser.waitUpTo(Duration.ofSeconds(20))
			.until((driver) -> Boolean.TRUE
				.equals(((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
						+ "if (!navigator.serviceWorker) { done(true); return; }"
						+ "navigator.serviceWorker.ready.then(function () { done(true); });")));
		browser.script("window.__requests = []; window.__violations = [];"
				+ "window.__before = performance.getEntriesByType('resource').length;"
				+ "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
				+ "  window.__requests.push(e.name); }); }).observe({ type: 'resource' });"
				+ "document.addEventListener('securitypolicyviolation', function (e) {"
				+ "  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });");

		saveToday(4, "getting out of the car", 5, false);
		browser.driver.findElement(By.cssSelector("#entry-date")).sendKeys("");
		browser.script("var d = document.getElementById('entry-date'); var t = new Date(); t.setDate(t.getDate() - 1);"
				+ "d.value = t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0');"
				+ "d.dispatchEvent(new Event('change'));");
		saveToday(5, "getting out of the car", 4, true);
		browser.driver.findElement(By.cssSelector("[data-action=export]")).click();
		assertThat(rows()).hasSize(2);

		Map<String, Object> seen = (Map<String, Object>) browser
			.script("return { requests: window.__requests," + " violations: window.__violations,"
					+ " after: performance.getEntriesByType('resource').length, before: window.__before }");
		// The browser itself may fetch the page's web manifest and the icon it names at
		// any moment (for installability): fixed addresses in the page's head, not sent
		// by the diary. Anything else is a request the page made.
		assertThat((List<String>) seen.get("requests")).as("requests recorded while saving")
			.allMatch((url) -> url.matches("http://[^/]+/(manifest\\.webmanifest|img/icon[-0-9a-z]*\\.(svg|png))"));
		assertThat((List<String>) seen.get("violations")).as("blocked attempts while saving").isEmpty();
		assertThat(((Number) seen.get("after")).intValue() - ((Number) seen.get("before")).intValue())
			.isEqualTo(((List<String>) seen.get("requests")).size());

		// And the browser enforces it: a request the page tries is refused.
		Object fetched = ((JavascriptExecutor) browser.driver)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch('/progress').then(function () { done('sent'); }, function () { done('refused'); });");
		assertThat(fetched).isEqualTo("refused");
		browser.script("navigator.sendBeacon('/progress', 'x')");
		browser.waitUpTo(Duration.ofSeconds(5))
			.until((driver) -> !((List<String>) ((JavascriptExecutor) driver)
				.executeScript("return window.__violations")).isEmpty());
		assertThat((List<String>) browser.script("return window.__violations"))
			.allMatch((v) -> v.startsWith("connect-src"));
		browser.consoleErrors();
	}

	@Test
	void aRoutineFinishedOnItsPageIsRecordedHere() {
		open("/routines/desk-break");
		browser.script(
				"document.dispatchEvent(new CustomEvent('psoascare:routine-finished', { detail: { slug: 'desk-break' } }))");
		assertThat(browser.driver.findElement(By.cssSelector("[data-progress-recorded]")).isDisplayed()).isTrue();
		assertThat(stored()).contains("\"routine\":true,\"routines\":[\"desk-break\"]");
		// Twice in a day is still one entry.
		browser.script(
				"document.dispatchEvent(new CustomEvent('psoascare:routine-finished', { detail: { slug: 'desk-break' } }))");
		assertThat(stored()).containsOnlyOnce("\"date\"").containsOnlyOnce("desk-break");
		assertThat(browser.consoleErrors()).isEmpty();

		openProgress();
		assertThat(rows()).hasSize(1);
		assertThat(cell(rows().get(0), "routine")).isEqualTo("Done");
		assertThat(cell(rows().get(0), "pain")).isEqualTo("Not given");
		assertThat(browser.driver.findElement(By.id("entry-routine")).isSelected()).isTrue();
	}

	@Test
	void axePassesOnTheNewPagesAtPhoneAndDesktopWidth() {
		seed(List.of(List.of(0, 3, "stairs", 7, true), List.of(2, 5, "stairs", 5, false)));
		for (int width : new int[] { 390, 1280 }) {
			browser.driver.manage().window().setSize(new Dimension(width, 900));
			for (String path : List.of("/progress", "/offline", "/calendar?routine=desk-break",
					"/calendar.ics?routine=desk-break&time=9&tz=Nowhere", "/routines/desk-break")) {
				open(path);
				if (path.equals("/progress")) {
					openProgress();
				}
				assertThat(browser.accessibilityViolations()).as(width + "px " + path).isEmpty();
				assertThat(browser.overflowsHorizontally()).as(width + "px " + path).isFalse();
				// The form again with its errors comes with status 400, which the console
				// reports; nothing else may.
				assertThat(browser.consoleErrors()).as(width + "px " + path)
					.allMatch((error) -> error.contains("/calendar.ics?") && error.contains("status of 400"));
			}
		}
	}

	private static int pdfPages(ChromeDriver chrome) {
		Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
		String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
		Matcher page = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(text);
		int pages = 0;
		while (page.find()) {
			pages++;
		}
		return pages;
	}

	@Test
	void eightFullWeeksPrintAsOneA4PageAndWithoutJavaScriptThePaperDiaryIsOneA4Sheet() {
		List<List<Object>> days = new ArrayList<>();
		for (int back = 0; back < 56; back++) {
			days.add(List.of(back, 3 + back % 4, "putting on socks", 5 + back % 3, back % 2 == 0));
		}
		seed(days);
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.driver.findElements(By.cssSelector("[data-role=weekly] tbody tr"))).hasSize(8);
			assertThat(browser.driver.findElement(By.cssSelector("[data-role=weekly]")).isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.cssSelector("[data-role=summary]")).getText())
				.contains("56 days recorded");
			assertThat(browser.driver.findElement(By.cssSelector("[data-role=chart] svg")).isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.cssSelector("[data-role=entry-form]")).isDisplayed()).isFalse();
			assertThat(browser.driver.findElement(By.cssSelector("[data-urgency=emergency]")).isDisplayed()).isTrue();
		}
		finally {
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		assertThat(pdfPages(chrome)).as("pages of the summary").isEqualTo(1);

		chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/progress");
			assertThat(browser.driver.findElement(By.cssSelector("[data-paper]")).isDisplayed()).isTrue();
			assertThat(browser.driver.findElement(By.cssSelector("[data-app]")).isDisplayed()).isFalse();
			assertThat(pdfPages(chrome)).as("pages of the paper diary").isEqualTo(1);
		}
		finally {
			chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

}
