package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** The position a stretch starts from. */
public enum Position implements Coded {

	STANDING, SITTING, KNEELING, LYING_ON_BACK, LYING_ON_FRONT, ALL_FOURS, LYING_ON_SIDE;

}
