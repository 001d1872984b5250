package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** What kind of exercise a stretch is. */
public enum StretchKind implements Coded {

	STRETCH, STRENGTHENING, MOBILITY, SELF_MASSAGE, NERVE_GLIDE;

}
