package org.psoascare.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The responses Tomcat gives before the application runs (a malformed address or request
 * line, an oversized header, {@code /WEB-INF/}, {@code OPTIONS *}) carry the same
 * security headers as every page, and a short page without the server's name, version or
 * report. Three hooks, as early as Tomcat allows:
 * <ul>
 * <li>{@link ErrorReport} replaces Tomcat's error report valve on the host: it sets the
 * headers on every response that reaches the host (before the application, so a request
 * refused on the way in has them too), and writes the page for an error that no one else
 * answered;</li>
 * <li>the same valve answers an HTTP/0.9 request, whose answer could hold no headers at
 * all, with nothing, and refuses with 400 a request that has both Content-Length and
 * Transfer-Encoding (a request-smuggling pattern that Tomcat would accept, reading the
 * body as chunked);</li>
 * <li>{@link ServerOptions} answers {@code OPTIONS *}, which Tomcat's connector answers
 * itself before any valve, with the methods this site supports and the headers.</li>
 * </ul>
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	/** The methods some page of this site supports, for {@code OPTIONS *}. */
	static final String SERVER_METHODS = "GET, HEAD, POST, OPTIONS";

	private final SecurityHeaders securityHeaders;

	private final RefusalPages refusalPages;

	TomcatErrorPages(SecurityHeaders securityHeaders, ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<AssetUrls> assets, SiteProperties site) {
		this.securityHeaders = securityHeaders;
		this.refusalPages = new RefusalPages(templates, assets, site);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		Map<String, String> headers = this.securityHeaders.headers();
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			host.setErrorReportValveClass(ErrorReport.class.getName());
			host.getPipeline().addValve(new ErrorReport(headers, this.refusalPages::page));
		});
		factory.addConnectorCustomizers((connector) -> connector.addLifecycleListener((event) -> {
			if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
				connector.getProtocolHandler().setAdapter(new ServerOptions(connector, headers));
			}
		}));
	}

	/**
	 * Tomcat's error report valve, made to give the security headers to every response
	 * and the site's refusal page (its words, its style, the emergency signs; see
	 * {@link RefusalPages}) to an error no one answered.
	 */
	static final class ErrorReport extends ErrorReportValve {

		private static final byte[] CONTENT_LENGTH_LINE = "content-length:".getBytes(StandardCharsets.US_ASCII);

		private final Map<String, String> headers;

		private final IntFunction<byte[]> pages;

		/**
		 * @param pages the page for a status (400 to 599), as UTF-8 bytes; empty when
		 * there is none to give
		 */
		ErrorReport(Map<String, String> headers, IntFunction<byte[]> pages) {
			this.headers = headers;
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (isHttp09(request, response)) {
				// HTTP/0.9: a reply is bare bytes, with no status or headers. Send none.
				response.setContentLength(0);
				return;
			}
			this.headers.forEach(response::setHeader);
			if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && sentContentLength(request)) {
				// Both framings: a request-smuggling pattern. Refused; Tomcat closes the
				// connection after a request that had both (RFC 9112, section 6.1).
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				response.setSuspended(false);
				report(request, response, null);
				return;
			}
			super.invoke(request, response);
		}

		/**
		 * Whether the request's head had a Content-Length line. Tomcat drops that header
		 * when Transfer-Encoding is present (and reads the body as chunked), so it is
		 * looked for in the head as received: Tomcat's HTTP/1.1 input buffer holds it,
		 * from the request line to the body, at the start of its buffer.
		 */
		private static boolean sentContentLength(Request request) {
			if (!(request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler input)
					|| input.getByteBuffer() == null) {
				return false;
			}
			ByteBuffer head = input.getByteBuffer();
			byte[] name = CONTENT_LENGTH_LINE;
			for (int line = 0; line + name.length <= head.position(); line++) {
				if (line > 0 && head.get(line - 1) != '\n') {
					continue;
				}
				int i = 0;
				while (i < name.length && Character.toLowerCase(head.get(line + i)) == name[i]) {
					i++;
				}
				if (i == name.length) {
					return true;
				}
			}
			return false;
		}

		private static byte[] problem(int status) {
			org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
			return ("{\"status\":" + status + ",\"title\":\"" + ((known != null) ? known.getReasonPhrase() : "Error")
					+ "\"}")
				.getBytes(StandardCharsets.UTF_8);
		}

		/**
		 * Tomcat leaves the protocol empty for an HTTP/0.9 request line; one with a
		 * protocol it cannot read is empty too, but already a 400 that gets headers.
		 */
		private static boolean isHttp09(Request request, Response response) {
			return (request.getProtocol() == null || request.getProtocol().isEmpty()) && !response.isError()
					&& response.getStatus() < 400;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			this.headers.forEach(response::setHeader);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			String uri = request.getRequestURI();
			boolean api = uri != null && uri.startsWith(SiteErrorController.API_PREFIX);
			response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
			// The API's clients get a JSON problem, as from the application (without the
			// path: Tomcat refused it as malformed).
			byte[] page = api ? problem(status) : this.pages.apply(status);
			response.setContentLength(page.length);
			try {
				OutputStream out = response.getOutputStream();
				out.write(page);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone; there is no one to tell.
			}
		}

	}

	/**
	 * The page for a request Tomcat refused ({@code templates/error/refused.html}),
	 * rendered once for client errors and once for server errors, with no request (there
	 * is none to render in: Tomcat refused it before the application), in the site's one
	 * language. Rendered on first use, so start-up does not wait for the template engine.
	 */
	static final class RefusalPages {

		private static final Log log = LogFactory.getLog(RefusalPages.class);

		private final ObjectProvider<ITemplateEngine> templates;

		private final ObjectProvider<AssetUrls> assets;

		private final SiteProperties site;

		private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

		RefusalPages(ObjectProvider<ITemplateEngine> templates, ObjectProvider<AssetUrls> assets, SiteProperties site) {
			this.templates = templates;
			this.assets = assets;
			this.site = site;
		}

		/**
		 * @param status an error status, 400 to 599
		 * @return the page as UTF-8 bytes; empty if it could not be rendered (a bug,
		 * logged without anything of the request)
		 */
		byte[] page(int status) {
			return this.pages.computeIfAbsent((status >= 500) ? "5xx" : "4xx", this::render);
		}

		private byte[] render(String kind) {
			try {
				Context context = new Context(Locale.UK, Map.of("kind", kind, "site", this.site, "assets",
						this.assets.getObject(), "moreHref", "/guides/when-to-see-a-professional"));
				return this.templates.getObject().process("error/refused", context).getBytes(StandardCharsets.UTF_8);
			}
			catch (RuntimeException ex) {
				log.error("Could not render the refusal page " + kind, ex);
				return new byte[0];
			}
		}

	}

	/**
	 * Tomcat's connector adapter, except for {@code OPTIONS *}: Tomcat answers that
	 * itself, before any valve, listing PUT and DELETE and no security headers.
	 */
	static final class ServerOptions extends CoyoteAdapter {

		private final Map<String, String> headers;

		ServerOptions(Connector connector, Map<String, String> headers) {
			super(connector);
			this.headers = headers;
		}

		@Override
		protected boolean postParseRequest(org.apache.coyote.Request req, Request request,
				org.apache.coyote.Response res, Response response) throws IOException, ServletException {
			if (req.requestURI().equals("*") && req.method().equals("OPTIONS")) {
				res.setStatus(200);
				this.headers.forEach(res::setHeader);
				res.setHeader(HttpHeaders.ALLOW, SERVER_METHODS);
				res.setContentLength(0);
				return false;
			}
			return super.postParseRequest(req, request, res, response);
		}

	}

}
