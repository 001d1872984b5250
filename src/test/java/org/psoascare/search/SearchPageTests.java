package org.psoascare.search;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page through the application, over the real content. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	private String search(String q) throws Exception {
		return this.mvc.perform(get("/search").param("q", q))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Sends the query string as written, percent-encoding and all. */
	private String searchRaw(String rawQueryString) throws Exception {
		return this.mvc.perform(get(URI.create("/search?" + rawQueryString)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void findsStretchesAndRoutinesAsWellAsGuidesEachLabelled() throws Exception {
		String page = search("thomas");

		assertThat(page).contains("href=\"/stretches/thomas-stretch\"", "Stretch or exercise");
		assertThat(search("desk break")).contains("href=\"/routines/desk-break\"",
				"<p class=\"result-kind\">Routine</p>");
		assertThat(search("sciatica")).contains("href=\"/guides/sciatica\"", "<p class=\"result-kind\">Guide</p>");
	}

	@Test
	void titleMatchesRankFirstAndWholeWordsAreMarked() throws Exception {
		String page = search("psoas");

		int titleHit = page.indexOf("href=\"/guides/psoas\"");
		int bodyOnlyHit = page.indexOf("href=\"/guides/sitting-and-back-pain\"");
		assertThat(titleHit).isPositive();
		assertThat(page.indexOf("<h3>")).isLessThan(titleHit);
		assertThat(page.indexOf("<h3>", page.indexOf("<h3>") + 1)).isGreaterThan(titleHit);
		assertThat(bodyOnlyHit).as("a guide without psoas in its title is not on the first page").isNegative();
		assertThat(page).containsPattern("<mark>[Pp]soas</mark>");
	}

	@Test
	void snippetsMarkWholeWordsOnly() throws Exception {
		String page = search("back pain at night");

		assertThat(page).containsPattern("<mark>night</mark>")
			.doesNotContain("wh<mark>at</mark>", "th<mark>at</mark>", "<mark>at</mark>");
		assertThat(search("hip")).doesNotContain("relations<mark>hip</mark>").containsPattern("<mark>[Hh]ips?</mark>");
	}

	@Test
	void longResultListsComeInPagesOfTen() throws Exception {
		String first = search("stretch");
		String second = searchRaw("q=stretch&page=2");

		assertThat(first).contains("results; these are 1 to 10.", "href=\"/search?q=stretch&amp;page=2\"")
			.doesNotContain("Previous results");
		assertThat(second).contains("these are 11 to 20.", "Previous results");
		assertThat(searchRaw("q=stretch&page=0")).isEqualTo(first);
		assertThat(searchRaw("q=stretch&page=abc")).isEqualTo(first);
		assertThat(searchRaw("q=stretch&page=9999")).contains("Previous results").doesNotContain("More results");
	}

	@Test
	void snippetsDoNotRunBlocksTogether() throws Exception {
		String page = search("stretch a little every day");

		assertThat(page).doesNotContain("hurts . 1.").doesNotContainPattern("[a-z] [0-9]+\\. [A-Z]");
	}

	@Test
	void theQueryIsIsolatedWhereverItIsShown() throws Exception {
		String page = searchRaw("q=%E2%80%AEesrow%20gnitteg%20niap");

		assertThat(page).contains("<title>Results for \u201c\u2068esrow gnitteg niap\u2069\u201d");
		assertThat(page).contains("<q><bdi>esrow gnitteg niap</bdi></q>");
		assertThat(page).contains("dir=\"auto\"");
		assertThat(page).as("the override never reaches the page").doesNotContain("\u202E");
	}

	@Test
	void nfcAndNfdFormsOfAQueryGiveTheSamePage() throws Exception {
		assertThat(searchRaw("q=%C3%A9")).isEqualTo(searchRaw("q=e%CC%81"));
		assertThat(searchRaw("q=sciatica%20caf%C3%A9")).isEqualTo(searchRaw("q=sciatica%20cafe%CC%81"));
	}

	@Test
	void onlyCommonWordsSayWhyNothingWasSearched() throws Exception {
		String page = search("a");

		assertThat(page).contains("too common to search for").doesNotContain("class=\"results\"");
		assertThat(search("the at of")).contains("too common to search for");
	}

	@Test
	void nothingFoundOffersTheClosestWordsAndWaysToBrowse() throws Exception {
		String page = search("psoas zzzzqqq");

		assertThat(page).contains("Nothing matches", "Did you mean", "href=\"/search?q=psoas\"", "href=\"/guides\"",
				"href=\"/stretches\"", "href=\"/routines\"");
		assertThat(search("bakc pian")).contains("Did you mean", "href=\"/search?q=back%20pain\"");
		assertThat(search("pirifromis strech zzzzqqq")).as("long words with typos are found without asking")
			.contains("href=\"/stretches/seated-piriformis-stretch\"")
			.doesNotContain("Did you mean");
	}

	@Test
	void typosOfLongerWordsStillFind() throws Exception {
		assertThat(search("siatica")).contains("href=\"/guides/sciatica\"").doesNotContain("Nothing matches");
	}

	@Test
	void emptyQueryAsksForAWord() throws Exception {
		assertThat(search("")).contains("Type a word or two to search guides, stretches and routines.")
			.doesNotContain("Nothing matches");
	}

	@Test
	void noQueryShowsTheFormOnlyAndItSaysWhatItSearches() throws Exception {
		String page = this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<input type=\"search\" id=\"q\" name=\"q\"", "Search guides, stretches and routines")
			.doesNotContain("Type a word", "result");
	}

	@Test
	void veryLongQueryIsShortenedCalmly() throws Exception {
		String page = search("sciatica ".repeat(200));

		assertThat(page).contains("only its first 100 characters were used", "href=\"/guides/sciatica\"");
	}

	@Test
	void oddQueriesAreEscapedAndHandled() throws Exception {
		String page = search("<script>alert(1)</script>' OR 1=1 --");

		assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(search("%%%___")).contains("has no letters or numbers");
		assertThat(search("${7*7}")).doesNotContain("49 results").contains("${7*7}");
		for (String odd : new String[] { "\"psoas", "psoas~2", "title:psoas", "psoas^10", "*", "?", "(", "a AND", "NOT",
				"[1 TO 2]", "\\", "/regex/", "\u0000", "\uFFFF", "😀 psoas", "ﷺ".repeat(20) }) {
			assertThat(search(odd)).as(odd).contains("<h1>Search</h1>");
		}
	}

	@Test
	void aRepeatedParameterCountsByItsFirstValue() throws Exception {
		assertThat(searchRaw("q=sciatica&q=psoas")).contains("<q><bdi>sciatica</bdi></q>").doesNotContain("sciatica,");
		assertThat(searchRaw("q=stretch&page=2&page=3")).contains("these are 11 to 20");
	}

	@Test
	void everyPageNumberPastTheLastShowsTheLastPage() throws Exception {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("([0-9]+) results;")
			.matcher(searchRaw("q=stretch"));
		assertThat(count.find()).isTrue();
		int pages = (Integer.parseInt(count.group(1)) + 9) / 10;
		assertThat(pages).as("'stretch' needs several pages for this test").isGreaterThanOrEqualTo(3);
		String last = searchRaw("q=stretch&page=" + pages);
		assertThat(last).containsPattern("results; these are " + (pages - 1) + "[0-9] to|this is result");
		for (String past : new String[] { String.valueOf(pages + 1), "9999", "10000", "2147483648",
				"99999999999999999999" }) {
			assertThat(searchRaw("q=stretch&page=" + past)).as(past).isEqualTo(last);
		}
		for (String notANumber : new String[] { "0", "-1", "02", "+2", "1.5", "two", "" }) {
			assertThat(searchRaw("q=stretch&page=" + notANumber)).as(notANumber).isEqualTo(searchRaw("q=stretch"));
		}
	}

	@Test
	void aResultAloneOnTheLastPageIsCountedAsOne() throws Exception {
		String page = searchRaw("q=sciatica&page=99");

		assertThat(page).containsPattern("[0-9]+ results; (this is result [0-9]+|these are [0-9]+ to [0-9]+)\\.")
			.doesNotContainPattern("these are ([0-9]+) to \\1\\.");
	}

	@Test
	void cannotTypedShortFindsWhatCannotFindsAndIsNeverCorrectedToItsOpposite() throws Exception {
		String cannot = results(search("cannot sit"));

		assertThat(cannot).contains("href=");
		assertThat(results(search("cant sit"))).isEqualTo(cannot);
		assertThat(results(search("can't sit"))).isEqualTo(cannot);
		assertThat(search("cant sit")).doesNotContain("Did you mean");
	}

	/** The list of results alone, without the query shown back. */
	private static String results(String page) {
		int start = page.indexOf("<ol class=\"results\">");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</ol>", start));
	}

	@Test
	void aSearchThatMayDescribeAWarningSignShowsTheEmergencySignsFirst() throws Exception {
		for (String sign : new String[] { "numb groin", "Numbness between my legs", "leaking pee",
				"cant control bladder", "tingling in both legs", "sciatica and fever", "foot drop", "wet myself",
				"cant feel my bum", "legs giving way", "sudden tummy and back pain", "fell off ladder back pain",
				"cant get an erection", "sciatica down both legs", "numbess down below" }) {
			String page = search(sign);
			int signs = page.indexOf("data-urgency=\"emergency\"");
			assertThat(signs).as(sign).isPositive();
			assertThat(signs).as(sign + ": before the results").isLessThan(page.indexOf("Results for</span>"));
			assertThat(page).as(sign).contains("href=\"/guides/when-to-see-a-professional\"");
		}
		for (String ordinary : new String[] { "psoas", "hip flexor stretch", "desk break", "sitting", "a", "%%%" }) {
			assertThat(search(ordinary)).as(ordinary).doesNotContain("data-urgency=\"emergency\"");
		}
	}

	@Test
	void aWarningSignAtTheEndOfALongQueryIsStillSeen() throws Exception {
		String worried = "I have had really bad lower back pain for about three days now and sciatica in my leg "
				+ "and since this morning I am wetting myself";
		assertThat(SearchQuery.of(worried).shortened()).as("longer than a search uses").isTrue();

		assertThat(search(worried)).contains("data-urgency=\"emergency\"");
	}

}
