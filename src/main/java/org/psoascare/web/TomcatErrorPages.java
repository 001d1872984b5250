package org.psoascare.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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

	private final RefusalPages refusalPages;

	TomcatErrorPages(SecurityHeaders securityHeaders, ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<AssetUrls> assets, SiteProperties site) {
		this.refusalPages = new RefusalPages(templates, assets, site);
	}

	/**
	 * SCRATCH (issue 26 experiment 2): Tomcat's own ErrorReportValve, configured by its
	 * properties only (errorCode.NNN pages from files, showReport and showServerInfo off);
	 * no subclass, no CoyoteAdapter.
	 */
	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			ErrorReportValve valve = new ErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			try {
				Path clientErrors = Files.createTempFile("refused-4xx", ".html");
				Files.write(clientErrors, this.refusalPages.page(400));
				Path serverErrors = Files.createTempFile("refused-5xx", ".html");
				Files.write(serverErrors, this.refusalPages.page(500));
				for (int status = 400; status < 600; status++) {
					valve.setProperty("errorCode." + status,
							((status < 500) ? clientErrors : serverErrors).toAbsolutePath().toString());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			((StandardHost) context.getParent()).getPipeline().addValve(valve);
		});
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

}
