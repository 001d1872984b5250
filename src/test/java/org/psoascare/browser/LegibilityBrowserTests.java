package org.psoascare.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What older Lighthouse SEO categories called "font size legible", measured at phone
 * width on the five pages Lighthouse was run on (docs/seo.md): every element that holds
 * visible text is at least 12 CSS pixels, and the manifest, icons and JSON-LD load with
 * no console error (so the CSP blocks none of them).
 */
class LegibilityBrowserTests extends BrowserTestSupport {

	private static final List<String> PAGES = List.of("/", "/guides/psoas", "/stretches/thomas-stretch",
			"/routines/desk-break", "/checklist");

	/** Elements with their own visible text whose computed font size is under 12 px. */
	private static final String SMALL_TEXT = """
			const small = [];
			for (const element of document.body.querySelectorAll('*')) {
			  const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
			  if (!own || element.closest('[hidden], .visually-hidden')) continue;
			  const rect = element.getBoundingClientRect();
			  if (rect.width === 0 || rect.height === 0) continue;
			  const size = parseFloat(getComputedStyle(element).fontSize);
			  if (size < 12) small.push(element.tagName + ' ' + size + 'px: ' + element.textContent.trim().slice(0, 40));
			}
			return small;
			""";

	@Test
	void textIsLegibleOnAPhoneAndTheHeadLoadsCleanly() {
		browser.driver.manage().window().setSize(new Dimension(390, 900));
		Map<String, Object> problems = new LinkedHashMap<>();
		for (String page : PAGES) {
			open(page);
			Object small = ((JavascriptExecutor) browser.driver).executeScript(SMALL_TEXT);
			if (small instanceof List<?> list && !list.isEmpty()) {
				problems.put(page, list);
			}
			List<String> errors = browser.consoleErrors();
			if (!errors.isEmpty()) {
				problems.put(page + " console", errors);
			}
			Object jsonLd = ((JavascriptExecutor) browser.driver)
				.executeScript("return document.querySelectorAll('script[type=\"application/ld+json\"]').length");
			if (!page.equals("/checklist") && !Long.valueOf(1).equals(jsonLd)) {
				problems.put(page + " JSON-LD blocks", jsonLd);
			}
		}
		assertThat(problems).isEmpty();
	}

}
