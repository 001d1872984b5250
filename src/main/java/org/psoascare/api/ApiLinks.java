package org.psoascare.api;

import java.util.Collection;
import java.util.List;

import org.psoascare.web.AssetUrls;
import org.psoascare.web.SiteAddress;

import org.springframework.stereotype.Component;

/** The absolute URLs the API links with, from {@code psoascare.site.base-url}. */
@Component
class ApiLinks {

	static final String BASE = "/api/v1";

	static final String OPENAPI = BASE + "/openapi";

	private final SiteAddress address;

	private final AssetUrls assets;

	ApiLinks(SiteAddress address, AssetUrls assets) {
		this.address = address;
		this.assets = assets;
	}

	ApiJson.Index index() {
		return new ApiJson.Index("Psoas and sciatica self-care", ApiJson.LICENCE, ApiJson.LICENCE_URL,
				"Credit \"Psoas and sciatica self-care contributors\", link to the page you reused (each item's page) "
						+ "and to the licence, and say if you changed it.",
				url("/guides"), url("/stretches"), url("/routines"), url("/plans"), url("/checklist"),
				url("/checklist/evaluate"), this.address.url(OPENAPI));
	}

	/**
	 * The absolute URL of a page of the site, such as {@code https://…/plans/x?week=2}.
	 */
	String site(String path) {
		return this.address.url(path);
	}

	/** The page of a content item, such as {@code https://…/guides/psoas}. */
	String page(String kind, String slug) {
		return this.address.url("/" + kind + "/" + slug);
	}

	/**
	 * The API answer for a content item, such as {@code https://…/api/v1/guides/psoas}.
	 */
	String api(String kind, String slug) {
		return url("/" + kind + "/" + slug);
	}

	ApiJson.Ref ref(String kind, String slug) {
		return new ApiJson.Ref(slug, page(kind, slug), api(kind, slug));
	}

	List<ApiJson.Ref> refs(String kind, Collection<String> slugs) {
		return slugs.stream().map((slug) -> ref(kind, slug)).toList();
	}

	/** The content-hashed URL of a stretch's picture. */
	String illustration(String slug) {
		return this.address.url(this.assets.url("/img/stretches/" + slug + ".svg"));
	}

	private String url(String path) {
		return this.address.url(BASE + path);
	}

}
