package org.psoascare.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.content.ContentLoadedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves content pages and the JSON API's answers as cheaply as static files. Content
 * changes only when it is loaded, so a page is rendered once, kept as bytes (and gzipped
 * bytes) with a strong ETag, and served from memory until the next load. A request whose
 * If-None-Match matches gets a 304 without rendering (Spring's {@code checkNotModified}:
 * lists, weak comparison, {@code *}). Only GET/HEAD answers with status 200 (HTML, or
 * JSON for the API) of the addresses each feature declares with {@link CachedPage} are
 * kept ({@link CachedPages}); one key and one negotiation path for both.
 * <p>
 * An answer is keyed by its routed path and only the query parameters it understands
 * ({@link PageParameters}); any other parameter is ignored, both in the key and in the
 * request the page is rendered from. Pages without parameters are a fixed set (one per
 * piece of content) and are kept until the next load. Pages with parameters (the stretch
 * list per filter) are many, so they are kept in a cache bounded by bytes
 * ({@code psoascare.page-cache.max-bytes}) that evicts the least used.
 */
@Component
public class PageCache extends OncePerRequestFilter {

	/**
	 * Browsers and shared caches may keep a page or API answer for an hour, then
	 * revalidate with its ETag.
	 */
	public static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofHours(1)).cachePublic().getHeaderValue();

	/** Bytes counted for an entry beyond its bodies: key, record, headers, map node. */
	private static final int ENTRY_OVERHEAD_BYTES = 256;

	private final CachedPages contentPages;

	private final PageParameters parameters;

	/** Pages without parameters: one per content page, so bounded by the content. */
	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	/** Pages with parameters, bounded by bytes. */
	private final Cache<String, Page> variants;

	/**
	 * @param contentPages the content pages, as the features declare them
	 * @param parameters which query parameters each page understands
	 * @param settings the most memory, in bytes, that pages with parameters may hold
	 * ({@code psoascare.page-cache.max-bytes})
	 */
	PageCache(CachedPages contentPages, PageParameters parameters, WebSettings settings) {
		this.contentPages = contentPages;
		this.parameters = parameters;
		this.variants = Caffeine.newBuilder()
			.maximumWeight(settings.pageCache().maxBytes().toBytes())
			.weigher((String key, Page page) -> weight(key, page))
			// Evict on the caller's thread, so the bound holds as soon as put returns.
			.executor(Runnable::run)
			.build();
	}

	/** Set once every content page is rendered ({@link PageSnapshot}). */
	private volatile boolean sealed;

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.pages.clear();
		this.variants.invalidateAll();
		this.sealed = false;
	}

	/** Every content page is now kept: an address not kept is not a page (404). */
	void seal() {
		this.sealed = true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !this.contentPages.cached(path(request));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		String key = this.parameters.key(path, request);
		boolean variant = key.length() != path.length();
		Page page = variant ? this.variants.getIfPresent(key) : this.pages.get(key);
		if (page != null && !page.acceptable(request)) {
			// An API client that accepts no JSON: Spring MVC's negotiation answers 406.
			chain.doFilter(request, response);
			return;
		}
		if (page == null && this.sealed && !variant && this.contentPages.matches(path)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (page == null) {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			chain.doFilter(this.parameters.understoodOnly(path, request), rendered);
			String contentType = rendered.getContentType();
			if (rendered.getStatus() != HttpServletResponse.SC_OK || !Page.kept(contentType)) {
				rendered.copyBodyToResponse();
				return;
			}
			page = Page.of(rendered.getContentAsByteArray(), contentType, rendered.getLocale());
			rendered.resetBuffer();
			if (variant) {
				this.variants.put(key, page);
			}
			else {
				this.pages.putIfAbsent(key, page);
			}
		}
		serve(page, request, response);
	}

	/** Bytes held by pages with parameters, as the cache weighs them. */
	long variantBytes() {
		return this.variants.asMap().entrySet().stream().mapToLong((e) -> weight(e.getKey(), e.getValue())).sum();
	}

	/** How many pages are kept: without parameters, and with. */
	int[] sizes() {
		return new int[] { this.pages.size(), this.variants.asMap().size() };
	}

	private static int weight(String key, Page page) {
		return page.body().length + page.gzip().length + 2 * key.length() + ENTRY_OVERHEAD_BYTES;
	}

	/**
	 * The path as the application routes it: decoded, without path parameters and
	 * repeated slashes. So {@code /guides/psoas;x=1} or {@code /guides/%70soas} is the
	 * same entry as {@code /guides/psoas}, not a way round the cache.
	 */
	private static String path(HttpServletRequest request) {
		return UrlPathHelper.defaultInstance.getLookupPathForRequest(request);
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		page.serve(request, response);
	}

	/**
	 * A rendered answer (a page, or the JSON API's answers): its bytes, gzipped bytes, an
	 * ETag for each, its type and language. Served with revalidation (304), gzip only
	 * when the client accepts it ({@link AcceptEncoding}), and
	 * {@link PageCache#CACHE_CONTROL}.
	 */
	record Page(byte[] body, byte[] gzip, String etag, String gzipEtag, String contentType, Locale locale,
			boolean html) {

		/**
		 * @param body the answer's bytes
		 * @param contentType its media type with charset
		 * @param locale its language, sent as Content-Language
		 */
		static Page of(byte[] body, String contentType, Locale locale) {
			String hash = sha256(body);
			return new Page(body, gzip(body), "\"" + hash + "\"", "\"" + hash + "-gzip\"", contentType, locale,
					contentType.startsWith(MediaType.TEXT_HTML_VALUE));
		}

		/** Whether an answer of this type is kept: HTML pages and JSON answers. */
		static boolean kept(String contentType) {
			return contentType != null && (contentType.startsWith(MediaType.TEXT_HTML_VALUE)
					|| contentType.startsWith(MediaType.APPLICATION_JSON_VALUE));
		}

		/**
		 * Whether the client accepts this answer's type. A page is HTML whatever the
		 * request's Accept; a JSON answer only to a client that accepts JSON.
		 */
		boolean acceptable(HttpServletRequest request) {
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			if (this.html || accept == null || accept.isBlank()) {
				return true;
			}
			try {
				for (MediaType type : MediaType.parseMediaTypes(accept)) {
					if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && type.getQualityValue() > 0) {
						return true;
					}
				}
				return false;
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
		}

		/** Writes this answer, or a 304 when the client already has it. */
		void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
			boolean gzip = AcceptEncoding.gzip(request);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			String etag = gzip ? this.gzipEtag : this.etag;
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
				// Any current answer matches "*" (RFC 9110, 13.1.2); Spring's check
				// answers it with 200 (PageCacheTests.conditionalRequests…).
				response.setHeader(HttpHeaders.ETAG, etag);
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (new ServletWebRequest(request, response).checkNotModified(etag)) {
				return;
			}
			response.setContentType(this.contentType);
			response.setLocale(this.locale);
			byte[] bytes = gzip ? this.gzip : this.body;
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(bytes.length);
			if (bytes.length > response.getBufferSize()) {
				// One write for the whole answer instead of a flush per 8 KB.
				response.setBufferSize(bytes.length);
			}
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(bytes);
			}
		}

		private static String sha256(byte[] bytes) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

		private static byte[] gzip(byte[] bytes) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
			try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
				zip.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}
