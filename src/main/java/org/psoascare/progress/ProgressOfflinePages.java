package org.psoascare.progress;

import java.util.List;

import org.psoascare.offline.OfflinePages;
import org.psoascare.web.AssetUrls;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The service worker keeps the progress page and its scripts. */
@Component
@Order(20)
class ProgressOfflinePages implements OfflinePages {

	private final AssetUrls assets;

	ProgressOfflinePages(AssetUrls assets) {
		this.assets = assets;
	}

	@Override
	public List<String> paths() {
		return List.of("/progress", this.assets.url("/js/progress.js"), this.assets.url("/js/progress-record.js"));
	}

}
