package org.psoascare.stretch;

import java.util.ArrayList;
import java.util.List;

import org.psoascare.offline.OfflinePages;
import org.psoascare.web.AssetUrls;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the service worker keeps of this feature: the routine list and every routine page,
 * the player, the stretch list and every stretch page with its picture. Read from the
 * catalog, so a routine or stretch an author adds is kept too.
 */
@Component
@Order(10)
class StretchOfflinePages implements OfflinePages {

	private final StretchCatalog catalog;

	private final AssetUrls assets;

	StretchOfflinePages(StretchCatalog catalog, AssetUrls assets) {
		this.catalog = catalog;
		this.assets = assets;
	}

	@Override
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add(this.assets.url("/js/player.js"));
		paths.add("/routines");
		for (RoutineSummary routine : this.catalog.routines()) {
			paths.add("/routines/" + routine.slug());
		}
		paths.add("/stretches");
		for (StretchCard stretch : this.catalog.list(new StretchFilter(null, null, null, null))) {
			paths.add("/stretches/" + stretch.slug());
			paths.add(this.assets.url("/img/stretches/" + stretch.slug() + ".svg"));
		}
		return paths;
	}

}
