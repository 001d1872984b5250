package org.psoascare.offline;

import java.util.List;

/**
 * What a feature asks the service worker to keep for use without a connection. Each
 * feature declares a bean listing its own pages and files (the stretch feature its
 * routine and stretch pages, their pictures and the player), so the list follows the
 * content and no feature's addresses are written here.
 */
public interface OfflinePages {

	/**
	 * Addresses on this site to keep, as paths from the root: pages such as
	 * {@code /routines/desk-break}, and static files by their content-hashed address
	 * (from {@code AssetUrls}). Never a page that holds what a person typed (a search, a
	 * checklist result).
	 */
	List<String> paths();

}
