package org.psoascare.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Reads a request's Accept-Encoding by RFC 9110 (section 12.5.3, quality values as in
 * 12.4.2): the one place the site decides whether a client gets gzip. Codings and the
 * {@code q} parameter are case-insensitive; {@code x-gzip} is gzip; {@code *} stands for
 * every coding not named; {@code q=0} refuses a coding; a coding is acceptable only if
 * named or covered by {@code *}, except {@code identity}, which is acceptable unless
 * refused. Gzip is chosen when it is acceptable and no less preferred than identity
 * (identity competes only when named or covered by {@code *} with a quality). A request
 * without the header gets identity (old clients may not decode what they did not ask
 * for). An element whose quality value is not one RFC 9110 allows ({@code q=2},
 * {@code q=abc}, more than three decimals) is ignored, as if it had not been sent.
 */
final class AcceptEncoding {

	private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

	private AcceptEncoding() {
	}

	/** Whether the response to this request should be gzipped. */
	static boolean gzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		return (values != null) && values.hasMoreElements() && gzip(String.join(",", Collections.list(values)));
	}

	/**
	 * Whether a client sending this Accept-Encoding value (all its field lines joined
	 * with commas) should get gzip.
	 * @param header the field value; {@code null} when the request has none
	 * @return {@code true} when gzip is acceptable and no less preferred than identity
	 */
	static boolean gzip(String header) {
		if (header == null) {
			return false;
		}
		double gzip = -1;
		double identity = -1;
		double any = -1;
		for (String element : header.split(",")) {
			String[] parts = element.split(";");
			String coding = parts[0].strip().toLowerCase(Locale.ROOT);
			if (coding.isEmpty()) {
				continue;
			}
			double quality = quality(parts);
			if (quality < 0) {
				continue;
			}
			switch (coding) {
				case "gzip", "x-gzip" -> gzip = Math.max(gzip, quality);
				case "identity" -> identity = Math.max(identity, quality);
				case "*" -> any = Math.max(any, quality);
				default -> {
				}
			}
		}
		double gzipQuality = (gzip >= 0) ? gzip : Math.max(any, 0);
		double identityQuality = (identity >= 0) ? identity : Math.max(any, 0);
		return gzipQuality > 0 && gzipQuality >= identityQuality;
	}

	/** The element's quality (1 when it has none), or -1 when it is malformed. */
	private static double quality(String[] parts) {
		double quality = 1;
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			int equals = parameter.indexOf('=');
			if (equals < 0) {
				return -1;
			}
			String name = parameter.substring(0, equals).strip();
			String value = parameter.substring(equals + 1).strip();
			if (!name.equalsIgnoreCase("q") || !QVALUE.matcher(value).matches()) {
				return -1;
			}
			quality = Double.parseDouble(value.endsWith(".") ? value + "0" : value);
		}
		return quality;
	}

}
