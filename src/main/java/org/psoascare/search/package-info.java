/**
 * Search: an in-memory Lucene index of guides, stretches, routines and plans, read
 * through their catalogs whenever content loads, and the search page.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "content", "web", "guide", "stretch", "plan" })
package org.psoascare.search;

import org.springframework.modulith.ApplicationModule;
