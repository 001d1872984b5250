package org.psoascare.content;

import java.util.Map;

/**
 * What one load changed, per kind of content (keyed by folder), and the version of the
 * content loaded.
 *
 * @param counts what changed, per folder
 * @param version 12 hex digits that identify the content loaded: every document's kind,
 * slug and fingerprint (which includes the settings filled into it). Instances that
 * loaded the same files with the same settings report the same version.
 */
public record LoadReport(Map<String, SyncCounts> counts, String version) {

	public boolean changedNothing() {
		return this.counts.values().stream().allMatch(SyncCounts::changedNothing);
	}

	public SyncCounts of(String folder) {
		return this.counts.get(folder);
	}

}
