package org.psoascare.checklist;

import jakarta.persistence.MappedSuperclass;
import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentEntity;

/**
 * A checklist file as stored: only its slug and fingerprint, which the loader reads to
 * tell what a load changed. The checklist itself is built in memory from the parsed files
 * ({@link Checklist}), never from these rows.
 */
@MappedSuperclass
abstract class StoredChecklistFile extends ContentEntity {

	void copy(ContentDocument document) {
		copyKey(document);
	}

}
