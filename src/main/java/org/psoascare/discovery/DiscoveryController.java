package org.psoascare.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.web.AssetUrls;
import org.psoascare.web.SiteAddress;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * What crawlers and home screens read besides the pages: {@code /robots.txt},
 * {@code /sitemap.xml} (every public page, {@code lastmod} from review dates) and
 * {@code /manifest.webmanifest}. Each is built once per content load, with absolute
 * addresses from {@code psoascare.site.base-url}, and served with a strong ETag (a 304
 * when it matches) and the pages' one-hour public caching.
 */
@Controller
class DiscoveryController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final Map<String, Document> documents = new ConcurrentHashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	private final SiteIndex index;

	private final SiteAddress address;

	private final AssetUrls assets;

	private final MessageSource messages;

	DiscoveryController(SiteIndex index, SiteAddress address, AssetUrls assets, MessageSource messages) {
		this.index = index;
		this.address = address;
		this.assets = assets;
		this.messages = messages;
	}

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.documents.clear();
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(WebRequest request) {
		return serve("robots", MediaType.TEXT_PLAIN, request, this::robotsText);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(WebRequest request) {
		return serve("sitemap", MediaType.APPLICATION_XML, request, this::sitemapXml);
	}

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<String> manifest(WebRequest request) {
		return serve("manifest", MANIFEST, request, this::manifestJson);
	}

	private ResponseEntity<String> serve(String name, MediaType type, WebRequest request, Supplier<String> build) {
		Document document = this.documents.computeIfAbsent(name, (key) -> Document.of(build.get()));
		if (request.checkNotModified(document.etag())) {
			return ResponseEntity.status(304).cacheControl(CACHING).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.cacheControl(CACHING)
			.eTag(document.etag())
			.body(document.text());
	}

	String robotsText() {
		return """
				# Every page may be crawled; the JSON API and health checks are not pages.
				User-agent: *
				Allow: /
				Disallow: /api/
				Disallow: /actuator/

				Sitemap: %s
				""".formatted(this.address.url("/sitemap.xml"));
	}

	String sitemapXml() {
		StringBuilder xml = new StringBuilder(8 * 1024);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (SiteIndex.Entry entry : this.index.entries()) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.address.url(entry.path()))).append("</loc>");
			if (entry.lastReviewed() != null) {
				xml.append("<lastmod>").append(entry.lastReviewed()).append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return xml.toString();
	}

	String manifestJson() {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", message("site.name"));
		manifest.put("short_name", message("manifest.shortName"));
		manifest.put("description", message("meta.description.home"));
		manifest.put("lang", "en-GB");
		manifest.put("dir", "ltr");
		manifest.put("id", "/");
		manifest.put("start_url", "/");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("background_color", "#fcfcfa");
		manifest.put("theme_color", "#1d5a50");
		manifest.put("icons",
				List.of(icon("/img/icon.svg", "any", "image/svg+xml", "any"),
						icon("/img/icon-192.png", "192x192", "image/png", "any"),
						icon("/img/icon-512.png", "512x512", "image/png", "any"),
						icon("/img/icon-maskable-512.png", "512x512", "image/png", "maskable")));
		return this.json.writeValueAsString(manifest);
	}

	private Map<String, String> icon(String path, String sizes, String type, String purpose) {
		Map<String, String> icon = new LinkedHashMap<>();
		icon.put("src", this.assets.url(path));
		icon.put("sizes", sizes);
		icon.put("type", type);
		icon.put("purpose", purpose);
		return icon;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.UK);
	}

	/** A document as text with its strong ETag (SHA-256 of its bytes, shortened). */
	record Document(String text, String etag) {

		static Document of(String text) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
				return new Document(text, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

	}

}
