/**
 * Search: an in-memory Lucene index of guides, stretches and routines, read through their
 * catalogs whenever content loads, and the search page.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "content", "web", "guide", "stretch" })
package org.psoascare.search;

import org.springframework.modulith.ApplicationModule;
