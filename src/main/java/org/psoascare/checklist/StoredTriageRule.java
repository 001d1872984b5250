package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A triage rule file as stored: its slug and fingerprint. */
@Entity
@Table(name = "checklist_rule")
class StoredTriageRule extends StoredChecklistFile {

}
