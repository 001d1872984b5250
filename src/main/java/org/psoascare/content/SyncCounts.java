package org.psoascare.content;

/** What one load changed for one kind of content. */
public record SyncCounts(int created, int updated, int deleted, int unchanged) {

	public boolean changedNothing() {
		return this.created == 0 && this.updated == 0 && this.deleted == 0;
	}

}
