package org.psoascare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.psoascare.TestHttp;
import org.psoascare.content.ContentLoadedEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request may ask for and what it may not, over real HTTP: the coding it accepts
 * decides gzip; its language never changes a page, cached or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NegotiationTests {

	/**
	 * A date as a page shows it: the ISO date in the attribute, the words in the text.
	 */
	private static final Pattern TIME = Pattern.compile("<time datetime=\"([0-9-]{10})\">([^<]*)</time>");

	/** {@code server.compression.min-response-size}. */
	private static final int COMPRESSED_FROM_BYTES = 1024;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	private final TestHttp http = new TestHttp(() -> this.port);

	@Test
	void aPageIsGzippedOnlyWhenTheClientAcceptsGzip() throws Exception {
		HttpResponse<byte[]> plain = get("/guides/psoas", "Accept-Encoding", "identity");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		String text = new String(plain.body(), StandardCharsets.UTF_8);

		for (String refused : new String[] { "gzip;q=0", "GZIP; Q=0", "*;q=0", "gzip;q=0, *", "br",
				"gzip;q=0.5, identity" }) {
			HttpResponse<byte[]> response = get("/guides/psoas", "Accept-Encoding", refused);
			assertThat(response.headers().firstValue("Content-Encoding")).as(refused).isEmpty();
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(refused).isEqualTo(text);
		}
		for (String accepted : new String[] { "gzip", "GZIP", "br, gzip;q=0.5", "*", "x-gzip" }) {
			HttpResponse<byte[]> response = get("/guides/psoas", "Accept-Encoding", accepted);
			assertThat(response.headers().firstValue("Content-Encoding")).as(accepted).hasValue("gzip");
			assertThat(response.headers().firstValue("Vary")).as(accepted).hasValue("Accept-Encoding");
			assertThat(gunzip(response.body())).as(accepted).isEqualTo(text);
		}
	}

	/**
	 * Scripts and the stylesheet are the largest files a first visit fetches (the
	 * player's script is about 27 KB), so they are gzipped like pages, whatever media
	 * type the server gives a script, and a revalidation with the gzipped answer's ETag
	 * still gets a 304.
	 */
	@Test
	void everyScriptAndStylesheetAPageLinksIsGzippedWhenAccepted() throws Exception {
		String routines = new String(get("/routines", "Accept-Encoding", "identity").body(), StandardCharsets.UTF_8);
		Matcher routine = Pattern.compile("href=\"(/routines/[a-z0-9-]+)\"").matcher(routines);
		assertThat(routine.find()).as("a routine linked from /routines").isTrue();
		Matcher link = Pattern.compile("(?:src|href)=\"(/(?:js|css)/[^\"]+)\"")
			.matcher(new String(get(routine.group(1), "Accept-Encoding", "identity").body(), StandardCharsets.UTF_8));
		List<String> assets = link.results().map((found) -> found.group(1)).distinct().toList();
		assertThat(assets).anyMatch((asset) -> asset.startsWith("/js/")).anyMatch((asset) -> asset.startsWith("/css/"));
		int gzipped = 0;
		for (String asset : assets) {
			HttpResponse<byte[]> plain = get(asset, "Accept-Encoding", "identity");
			if (plain.body().length < COMPRESSED_FROM_BYTES) {
				continue;
			}
			gzipped++;
			HttpResponse<byte[]> zipped = get(asset, "Accept-Encoding", "gzip");
			assertThat(zipped.statusCode()).as(asset).isEqualTo(200);
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
			assertThat(gunzip(zipped.body())).as(asset).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
			String etag = zipped.headers().firstValue("ETag").orElseThrow();
			HttpResponse<byte[]> again = this.http.getBytes(asset, "Accept-Encoding", "gzip", "If-None-Match", etag);
			assertThat(again.statusCode()).as(asset).isEqualTo(304);
		}
		assertThat(gzipped).as("scripts and stylesheets of %s bytes or more", COMPRESSED_FROM_BYTES).isPositive();
	}

	@Test
	void aVisitorsLanguageNeverChangesAPageCachedOrNot() throws Exception {
		// Empty the page cache, so the first request below renders the page and fills it.
		this.events.publishEvent(new ContentLoadedEvent(null));

		HttpResponse<byte[]> first = get("/guides/sciatica", "Accept-Language", "fr");
		HttpResponse<byte[]> later = get("/guides/sciatica", "Accept-Language", "en-GB");
		HttpResponse<byte[]> german = get("/guides/sciatica", "Accept-Language", "de-DE, fr;q=0.5");
		HttpResponse<byte[]> uncached = get("/search?q=sciatica", "Accept-Language", "fr");

		for (HttpResponse<byte[]> response : List.of(first, later, german)) {
			String page = new String(response.body(), StandardCharsets.UTF_8);
			assertThat(page).contains("<html lang=\"en-GB\"");
			assertDatesInBritishEnglish(page);
			assertThat(response.headers().firstValue("Content-Language")).hasValue("en-GB");
		}
		assertThat(first.body()).isEqualTo(later.body());
		assertThat(new String(uncached.body(), StandardCharsets.UTF_8)).contains("<html lang=\"en-GB\"")
			.doesNotContain("novembre");
		assertThat(uncached.headers().firstValue("Content-Language")).hasValue("en-GB");
	}

	/**
	 * Every date on the page reads as in en-GB ("21 November 2026"), and there is one.
	 */
	private static void assertDatesInBritishEnglish(String page) {
		Matcher time = TIME.matcher(page);
		int dates = 0;
		while (time.find()) {
			String british = LocalDate.parse(time.group(1))
				.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
			assertThat(time.group(2)).isEqualTo(british);
			dates++;
		}
		assertThat(dates).as("dates on the page").isPositive();
	}

	private HttpResponse<byte[]> get(String path, String header, String value)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.http.uri(path)).header(header, value).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
