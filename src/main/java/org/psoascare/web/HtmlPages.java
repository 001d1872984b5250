package org.psoascare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;

/**
 * Sends a page that a controller joined from pre-rendered pieces (the checklist result,
 * the search page) with the headers a Thymeleaf view would give it: the HTML type in
 * UTF-8, the page's language ({@code Content-Language}, from the request's locale, as
 * Spring's {@code DispatcherServlet} sets it for a view) and its length in bytes.
 */
public final class HtmlPages {

	private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	private HtmlPages() {
	}

	/**
	 * Writes the page as the whole response body.
	 * @param html the page
	 * @throws IOException if the response cannot be written (the client went away)
	 */
	public static void send(HttpServletResponse response, String html) throws IOException {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		response.setLocale(LocaleContextHolder.getLocale());
		response.setContentType(HTML);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
