package org.psoascare.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The service worker, its list and the offline page.
 * <ul>
 * <li>{@code GET /sw.js}: the worker's script ({@code offline/sw.js}) with the content
 * version written into it, so a new content version is a changed script: the browser
 * installs it, it keeps the new version's addresses and drops the old cache. Served from
 * the root, so its scope is the whole site with no {@code Service-Worker-Allowed} header;
 * {@code Cache-Control: no-cache} with an ETag.</li>
 * <li>{@code GET /offline/precache.json}: {@code {"version": "<12 hex digits>", "paths":
 * ["/offline", "/css/site-<hash>.css", ...]}}, what the worker keeps ({@link Precache}),
 * {@code no-cache} with an ETag.</li>
 * <li>{@code GET /offline}: the page the worker gives for an address it does not hold
 * while there is no connection: emergency numbers and signs, and what needs a
 * connection.</li>
 * </ul>
 */
@Controller
class OfflineController {

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private static final String VERSION_MARK = "__CONTENT_VERSION__";

	private final String script;

	private final Precache precache;

	private final JsonMapper json = JsonMapper.builder().build();

	OfflineController(Precache precache) {
		this.precache = precache;
		try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
			this.script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("offline/sw.js is part of the application", ex);
		}
	}

	@GetMapping("/sw.js")
	ResponseEntity<String> serviceWorker(WebRequest request) {
		return revalidated(this.script.replace(VERSION_MARK, this.precache.version()), JAVASCRIPT, request);
	}

	@GetMapping("/offline/precache.json")
	ResponseEntity<String> precache(WebRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", this.precache.version());
		body.put("paths", this.precache.paths());
		return revalidated(this.json.writeValueAsString(body), MediaType.APPLICATION_JSON, request);
	}

	@GetMapping("/offline")
	String offline() {
		return "offline/page";
	}

	/** A body the browser must check with the server before each use (ETag, 304). */
	private static ResponseEntity<String> revalidated(String body, MediaType type, WebRequest request) {
		String etag = "\"" + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).cacheControl(CacheControl.noCache()).build();
		}
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).eTag(etag).body(body);
	}

}
