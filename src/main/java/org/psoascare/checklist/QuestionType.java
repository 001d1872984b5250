package org.psoascare.checklist;

import org.psoascare.content.Coded;

/** How a question is asked: a tick box, a choice of one, or a number (age). */
public enum QuestionType implements Coded {

	CHECK, CHOICE, NUMBER;

}
