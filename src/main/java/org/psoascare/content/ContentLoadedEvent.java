package org.psoascare.content;

/** Published once content is in the store, so in-memory views of it can be built. */
public record ContentLoadedEvent(LoadReport report) {
}
