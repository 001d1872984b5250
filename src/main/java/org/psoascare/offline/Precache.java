package org.psoascare.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.psoascare.content.ContentInfo;
import org.psoascare.web.AssetUrls;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The addresses the service worker keeps: the offline page, the stylesheet, the site's
 * scripts and icons, and every address each feature lists ({@link OfflinePages}), in that
 * order without repeats. Addresses the worker must never keep (the checklist, search, the
 * API) are refused here too, whatever a feature lists.
 */
@Component
class Precache {

	/** Paths the service worker never answers from its cache: kept in step with sw.js. */
	static final Pattern NEVER = Pattern.compile("^/(checklist|search|api|actuator|calendar)([/.?].*)?$");

	private final ObjectProvider<OfflinePages> features;

	private final AssetUrls assets;

	private final ContentInfo content;

	Precache(ObjectProvider<OfflinePages> features, AssetUrls assets, ContentInfo content) {
		this.features = features;
		this.assets = assets;
		this.content = content;
	}

	/** The content version the kept addresses belong to (12 hex digits). */
	String version() {
		String version = this.content.version();
		return (version != null) ? version : "none";
	}

	/** Every address to keep, as paths from the site's root. */
	List<String> paths() {
		Set<String> paths = new LinkedHashSet<>();
		paths.add("/offline");
		paths.add(this.assets.url("/css/site.css"));
		paths.add(this.assets.url("/js/offline.js"));
		paths.add(this.assets.url("/img/favicon.svg"));
		paths.add(this.assets.url("/img/icon-192.png"));
		paths.add("/manifest.webmanifest");
		this.features.orderedStream().forEach((feature) -> paths.addAll(feature.paths()));
		paths.removeIf((path) -> !path.startsWith("/") || path.startsWith("//") || NEVER.matcher(path).matches());
		return List.copyOf(paths);
	}

}
