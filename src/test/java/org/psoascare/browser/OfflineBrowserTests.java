package org.psoascare.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.psoascare.content.ContentInfo;
import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.content.LoadReport;
import org.psoascare.stretch.RoutineSummary;
import org.psoascare.stretch.StretchCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline use in a real browser with the network switched off: chromedriver's
 * setNetworkConditions takes the page offline, and the browser reaches the application
 * through a {@link NetworkSwitch} that is cut at the same time, so the service worker's
 * own fetches fail too (chromedriver's conditions do not reach the worker). After one
 * visit the service worker holds every address the server lists; a visited routine plays,
 * so does one never opened; a page it does not hold, the checklist and search give the
 * offline page; a checklist result and a search are never kept; and a new content version
 * replaces the old cache. The content version is changed by publishing a content load
 * with a new version, so this class gets its own application.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OfflineBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ContentInfo content;

	@Autowired
	StretchCatalog catalog;

	private NetworkSwitch network;

	@Override
	String url(String path) {
		if (this.network == null) {
			this.network = NetworkSwitch.to(this.port);
		}
		return "http://localhost:" + this.network.port() + path;
	}

	@org.junit.jupiter.api.AfterEach
	void closeNetwork() {
		if (this.network != null) {
			this.network.close();
			this.network = null;
		}
	}

	private Object async(String script) {
		return ((JavascriptExecutor) browser.driver)
			.executeAsyncScript("var done = arguments[arguments.length - 1];" + script);
	}

	@SuppressWarnings("unchecked")
	private List<String> cacheNames() {
		return (List<String>) async("caches.keys().then(done);");
	}

	@SuppressWarnings("unchecked")
	private List<String> keptPaths(String cache) {
		return (List<String>) async("caches.open('" + cache + "').then(function (c) { return c.keys(); })"
				+ ".then(function (keys) { done(keys.map(function (r) { var u = new URL(r.url); return u.pathname + u.search; })); });");
	}

	@SuppressWarnings("unchecked")
	private List<String> listed() {
		return (List<String>) ((Map<String, Object>) async(
				"fetch('/offline/precache.json').then(function (r) { return r.json(); }).then(done);"))
			.get("paths");
	}

	/**
	 * Waits until the worker for this content version controls the page and its cache is
	 * full.
	 */
	private void waitForWorker(String version) {
		browser.waitUpTo(Duration.ofSeconds(60)).until((driver) -> {
			Object controlled = ((JavascriptExecutor) driver)
				.executeScript("return !!navigator.serviceWorker.controller");
			return Boolean.TRUE.equals(controlled) && cacheNames().equals(List.of("psoascare-" + version))
					&& keptPaths("psoascare-" + version).containsAll(listed());
		});
	}

	private void offline(boolean off) {
		this.network.connected(!off);
		ChromeDriver chrome = (ChromeDriver) browser.driver;
		if (off) {
			ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
			conditions.setOffline(true);
			chrome.setNetworkConditions(conditions);
		}
		else {
			chrome.deleteNetworkConditions();
		}
	}

	private String heading() {
		return browser.driver.findElement(By.tagName("h1")).getText();
	}

	private void playsToTheEnd() {
		browser.script("document.querySelector('[data-player]').dataset.clock = 'manual'");
		browser.driver.findElement(By.cssSelector("[data-action='start']")).click();
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='progress']")).getText())
			.startsWith("Step 1 of " + browser.driver.findElements(By.cssSelector("[data-step]")).size());
		browser.script("var player = document.getElementById('player'); var n = 0;"
				+ "while (!player.hidden && n < 100000) { window.dispatchEvent(new CustomEvent('player:tick', {detail: 1})); n++; }");
		assertThat(browser.driver.findElement(By.cssSelector("[data-role='done']")).isDisplayed()).isTrue();
	}

	@Test
	void afterOneVisitRoutinesPlayWithoutANetworkAndANewContentVersionReplacesTheCache() {
		List<RoutineSummary> routines = this.catalog.routines();
		RoutineSummary visited = routines.get(0);
		RoutineSummary unvisited = routines.get(routines.size() - 1);
		String version = this.content.version();

		open("/routines/" + visited.slug());
		waitForWorker(version);
		// Online, a search and a checklist result are answered but never kept.
		open("/search?q=psoas");
		open("/checklist");
		browser.driver.findElement(By.id("age")).sendKeys("40");
		browser.clickAndWaitForNewPage(
				browser.driver.findElement(By.cssSelector("form.checklist-form > button[type=submit]")));
		open("/guides");
		assertThat(keptPaths("psoascare-" + version)).isNotEmpty()
			.noneMatch((path) -> path.startsWith("/checklist") || path.startsWith("/search"))
			.contains("/guides");

		offline(true);
		try {
			open("/routines/" + visited.slug());
			assertThat(heading()).isEqualTo(visited.title());
			playsToTheEnd();

			open("/routines/" + unvisited.slug());
			assertThat(heading()).isEqualTo(unvisited.title());
			assertThat((Boolean) browser
				.script("return Array.from(document.images).filter(function (i) { return i.getAttribute('src'); })"
						+ ".every(function (i) { return i.complete && i.naturalWidth > 0; })"))
				.as("every picture of " + unvisited.slug())
				.isTrue();
			playsToTheEnd();

			for (String path : List.of("/guides/psoas", "/checklist", "/search?q=sciatica")) {
				open(path);
				assertThat(heading()).as(path).isEqualTo("You are offline");
			}
			assertThat(browser.driver.findElement(By.cssSelector("[data-urgency=emergency]")).getText())
				.contains("999 in the UK");
			assertThat(browser.accessibilityViolations()).as("axe on the offline page, offline").isEmpty();

			open("/progress");
			assertThat(heading()).isEqualTo("My progress");
		}
		finally {
			offline(false);
		}

		String next = "0123456789ab";
		this.events.publishEvent(new ContentLoadedEvent(new LoadReport(Map.of(), next)));
		open("/routines/" + visited.slug());
		waitForWorker(next);
		assertThat(cacheNames()).containsExactly("psoascare-" + next);
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
