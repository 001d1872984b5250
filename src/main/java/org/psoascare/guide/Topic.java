package org.psoascare.guide;

import org.psoascare.content.Coded;

/** The groups on the guides page, in the order they are shown. */
public enum Topic implements Coded {

	PSOAS, SCIATICA, EVERYDAY, MASSAGE, GETTING_HELP;

}
