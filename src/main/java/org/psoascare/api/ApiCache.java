package org.psoascare.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.content.ContentLoadedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the API's GET answers as the page cache serves pages: each is built once per
 * content load, kept as bytes and gzipped bytes with a strong ETag (a 304 when
 * If-None-Match matches, without running the controller), and marked
 * {@code public, max-age=3600}, so browsers and CDNs revalidate hourly. Only 200 JSON
 * answers of the known addresses are kept; queries are ignored. GET answers also allow
 * any origin to read them ({@code Access-Control-Allow-Origin: *}): it is open content
 * with no cookies or credentials. Mirrors {@code web.PageCache}, which keeps HTML.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class ApiCache extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=3600";

	private static final Pattern CACHED = Pattern
		.compile("/api/v1(/openapi|/checklist|/(guides|stretches|routines)(/[a-z0-9-]+)?)?");

	/** Bounds memory: about 45 items and a few lists exist; past this, answers are built as usual. */
	private static final int MAX_ENTRIES = 200;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.entries.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !CACHED.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Access-Control-Allow-Origin", "*");
		String key = request.getRequestURI();
		Entry entry = this.entries.get(key);
		if (entry == null) {
			ContentCachingResponseWrapper built = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, built);
			String contentType = built.getContentType();
			if (built.getStatus() != HttpServletResponse.SC_OK || contentType == null
					|| !contentType.startsWith("application/json")) {
				built.copyBodyToResponse();
				return;
			}
			entry = Entry.of(built.getContentAsByteArray(), contentType);
			built.resetBuffer();
			if (this.entries.size() < MAX_ENTRIES) {
				this.entries.putIfAbsent(key, entry);
			}
		}
		serve(entry, request, response);
	}

	private static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
		String etag = gzip ? entry.gzipEtag() : entry.etag();
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(entry.contentType());
		byte[] body = gzip ? entry.gzip() : entry.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (body.length > response.getBufferSize()) {
			response.setBufferSize(body.length);
		}
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** A built answer: its bytes, gzipped bytes, and an ETag for each. */
	record Entry(byte[] body, byte[] gzip, String etag, String gzipEtag, String contentType) {

		static Entry of(byte[] body, String contentType) {
			String hash = sha256(body);
			return new Entry(body, gzip(body), "\"" + hash + "\"", "\"" + hash + "-gzip\"", contentType);
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
