package org.psoascare.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Content-hashed URLs of static files for templates (model attribute {@code assets}).
 * Each is worked out once and remembered, so rendering a page never searches the
 * classpath; Spring's URL-rewriting filter, which would look up every link on every page,
 * is not used.
 */
@Component
public class AssetUrls {

	private final Map<String, String> urls = new ConcurrentHashMap<>();

	private final ResourceUrlProvider resourceUrls;

	AssetUrls(ResourceUrlProvider mvcResourceUrlProvider) {
		this.resourceUrls = mvcResourceUrlProvider;
	}

	/** The content-hashed URL of a static file, given its plain path. */
	public String url(String path) {
		return this.urls.computeIfAbsent(path, (plain) -> {
			String hashed = this.resourceUrls.getForLookupPath(plain);
			if (hashed == null) {
				throw new IllegalArgumentException("No static file " + plain);
			}
			return hashed;
		});
	}

}
