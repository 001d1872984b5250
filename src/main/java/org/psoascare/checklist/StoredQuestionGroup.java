package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A question group file as stored: its slug and fingerprint. */
@Entity
@Table(name = "checklist_question_group")
class StoredQuestionGroup extends StoredChecklistFile {

}
