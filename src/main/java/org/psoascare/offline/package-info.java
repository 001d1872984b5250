/**
 * Offline use: the site's own service worker ({@code /sw.js}), the list of addresses it
 * keeps ({@code /offline/precache.json}, gathered from every feature's
 * {@link org.psoascare.offline.OfflinePages}) and the page shown for an address it does
 * not hold ({@code /offline}). Uses content (its version) and web.
 */
@ApplicationModule(displayName = "Offline use", allowedDependencies = { "content", "web" })
package org.psoascare.offline;

import org.springframework.modulith.ApplicationModule;
