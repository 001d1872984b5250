package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** What a stretch needs besides the floor. */
public enum Equipment implements Coded {

	MAT, STRAP, CHAIR, FOAM_ROLLER, MASSAGE_BALL, CUSHION,

	/** A firm bed or a sturdy table, for stretches that let a leg hang over its end. */
	TABLE;

}
