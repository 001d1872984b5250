package org.psoascare.content;

import java.util.Map;

/** What one load changed, per kind of content (keyed by folder). */
public record LoadReport(Map<String, SyncCounts> counts) {

	public boolean changedNothing() {
		return this.counts.values().stream().allMatch(SyncCounts::changedNothing);
	}

	public SyncCounts of(String folder) {
		return this.counts.get(folder);
	}

}
