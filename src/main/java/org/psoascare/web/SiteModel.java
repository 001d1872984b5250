package org.psoascare.web;

import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the site settings and asset URLs in every page's model, error pages included. */
@ControllerAdvice
class SiteModel {

	private final SiteProperties site;

	private final AssetUrls assets;

	SiteModel(SiteProperties site, AssetUrls assets) {
		this.site = site;
		this.assets = assets;
	}

	@ModelAttribute("assets")
	AssetUrls assets() {
		return this.assets;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	/** The site's settings, for every page and feature that needs them. */
	@Bean
	static SiteProperties siteProperties(WebSettings settings) {
		return settings.site();
	}

	/** Where the site is published, from its settings. */
	@Bean
	static SiteAddress siteAddress(SiteProperties site) {
		return site.address();
	}

}
