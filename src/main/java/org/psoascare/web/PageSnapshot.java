package org.psoascare.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Renders every content page once the web server is up and before readiness turns UP, so
 * that no page request afterwards needs the database: the instance serves one snapshot of
 * the content it loaded, through a database outage and whatever another instance loads
 * later. The pages are found as a visitor finds them: from the home page and the lists,
 * following every link to a content page. Then the {@link PageCache} is sealed: a content
 * address not in the snapshot is a 404 without a query.
 * <p>
 * Runs only with a real web server (not under MockMvc, where pages render on demand).
 */
@Component
class PageSnapshot implements ApplicationRunner {

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)[\"#?]");

	private static final Log log = LogFactory.getLog(PageSnapshot.class);

	private final ApplicationContext context;

	private final PageCache cache;

	private final CachedPages pages;

	private final Environment environment;

	PageSnapshot(ApplicationContext context, PageCache cache, CachedPages pages, Environment environment) {
		this.context = context;
		this.cache = cache;
		this.pages = pages;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!(this.context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		WebServer server = web.getWebServer();
		if (server.getPort() <= 0) {
			return;
		}
		long start = System.nanoTime();
		String host = this.environment.getProperty("server.address", "localhost");
		String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		// Where every visitor's journey starts (the declared pages without variables,
		// such
		// as /guides); each must render, or start-up fails.
		List<String> entryPages = this.pages.entryPages();
		Set<String> seen = new LinkedHashSet<>(entryPages);
		Deque<String> toVisit = new ArrayDeque<>(entryPages);
		while (!toVisit.isEmpty()) {
			String path = toVisit.poll();
			HttpResponse<String> page = client.send(
					HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (page.statusCode() != 200) {
				if (entryPages.contains(path)) {
					throw new IllegalStateException("Could not render " + path + ": status " + page.statusCode());
				}
				log.warn("A link leads to " + path + ", which answered " + page.statusCode());
				continue;
			}
			Matcher link = LINK.matcher(page.body());
			while (link.find()) {
				String target = link.group(1);
				if (this.pages.matches(target) && seen.add(target)) {
					toVisit.add(target);
				}
			}
		}
		this.cache.seal();
		log.info("Rendered " + seen.size() + " pages in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

}
