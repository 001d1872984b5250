package org.psoascare.web;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psoascare.TestHttp;

/**
 * Follows every internal link and asset from the home page over real HTTP and keeps every
 * response, so tests can check what the whole site answers.
 */
public final class SiteCrawler {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

	private final TestHttp http;

	/** Path to response, in the order first reached. */
	private final Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();

	/** Same-page and cross-page anchors seen in links, as path#id. */
	private final Set<String> anchors = new LinkedHashSet<>();

	public SiteCrawler(int port) {
		this.http = TestHttp.on(port);
	}

	public SiteCrawler crawl() {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (this.responses.containsKey(path)) {
				continue;
			}
			HttpResponse<String> response = get(path);
			this.responses.put(path, response);
			if (response.statusCode() != 200 || !isHtml(response)) {
				continue;
			}
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				String href = links.group(1).replace("&amp;", "&");
				if (href.startsWith("#")) {
					this.anchors.add(path + href);
				}
				else if (href.startsWith("/") && !href.startsWith("//")) {
					int hash = href.indexOf('#');
					if (hash >= 0) {
						this.anchors.add(href);
					}
					queue.add((hash >= 0) ? href.substring(0, hash) : href);
				}
			}
		}
		return this;
	}

	public HttpResponse<String> get(String path) {
		return this.http.get(path, "Accept", "text/html,*/*;q=0.8");
	}

	public Map<String, HttpResponse<String>> responses() {
		return this.responses;
	}

	/** The HTML pages reached, in the order first reached. */
	public List<String> pages() {
		return this.responses.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().statusCode() == 200 && isHtml(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Paths that did not answer 200, and anchors whose target id is missing. */
	public Map<String, String> broken() {
		Map<String, String> broken = new LinkedHashMap<>();
		this.responses.forEach((path, response) -> {
			if (response.statusCode() != 200) {
				broken.put(path, "status " + response.statusCode());
			}
		});
		for (String anchor : this.anchors) {
			String page = anchor.substring(0, anchor.indexOf('#'));
			String id = anchor.substring(anchor.indexOf('#') + 1);
			HttpResponse<String> response = this.responses.get(page);
			if (response != null && response.statusCode() == 200 && !response.body().contains("id=\"" + id + "\"")) {
				broken.put(anchor, "no element with id " + id);
			}
		}
		return broken;
	}

	private static boolean isHtml(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
	}

}
