package org.psoascare.web;

import java.net.URI;
import java.util.Locale;

/**
 * Where the site is published, for the absolute addresses that leave it: canonical links,
 * Open Graph and JSON-LD URLs, sitemap.xml and robots.txt. Pages themselves link with
 * paths, so the site works under any host; only these addresses use the setting.
 *
 * Made from the site's settings ({@link SiteProperties#address()}), one bean for every
 * feature that writes such an address.
 *
 * @param baseUrl {@code psoascare.site.base-url}: scheme, host and optional port (and
 * path prefix) with no query or fragment, such as {@code https://psoascare.org}; a
 * trailing slash is dropped. Defaults to {@code http://localhost:8080}.
 * @throws IllegalArgumentException when the setting is not an absolute http or https URL
 * without query or fragment, so that a bad setting stops start-up instead of publishing
 * broken canonical links
 */
public record SiteAddress(String baseUrl) {

	static final String DEFAULT = "http://localhost:8080";

	public SiteAddress {
		String url = (baseUrl == null || baseUrl.isBlank()) ? DEFAULT : baseUrl.strip();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
				|| uri.getFragment() != null || uri.getUserInfo() != null) {
			throw invalid();
		}
		baseUrl = url;
	}

	private static IllegalArgumentException invalid() {
		return new IllegalArgumentException("psoascare.site.base-url must be an absolute http or https URL "
				+ "with no query or fragment, such as https://psoascare.org");
	}

	/**
	 * The absolute URL of a path on this site.
	 * @param path a path starting with "/", such as {@code /guides/psoas}
	 * @return the base URL followed by the path
	 */
	public String url(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A site path starts with /");
		}
		return this.baseUrl + path;
	}

}
