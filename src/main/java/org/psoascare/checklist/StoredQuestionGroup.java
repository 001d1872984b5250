package org.psoascare.checklist;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A question group file as stored, with its place in the form. */
@Entity
@Table(name = "checklist_question_group")
public class StoredQuestionGroup extends StoredDefinition {

	private int position;

	void copy(QuestionGroupContent.Document document) {
		copy(document.slug(), document.source());
		this.position = document.group().order();
	}

}
