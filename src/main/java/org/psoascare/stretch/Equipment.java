package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** What a stretch needs besides the floor. */
public enum Equipment implements Coded {

	MAT, STRAP, CHAIR, FOAM_ROLLER, MASSAGE_BALL, CUSHION;

}
