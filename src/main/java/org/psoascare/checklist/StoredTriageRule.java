package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A triage rule file as stored, with its level. */
@Entity
@Table(name = "checklist_rule")
public class StoredTriageRule extends StoredDefinition {

	private String level;

	void copy(TriageRuleContent.Document document) {
		copy(document.slug(), document.source());
		this.level = document.rule().level().code();
	}

}
