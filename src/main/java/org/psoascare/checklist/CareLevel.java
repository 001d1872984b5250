package org.psoascare.checklist;

import org.psoascare.content.Coded;

/** How soon someone should get help, highest first: the order is the priority. */
public enum CareLevel implements Coded {

	EMERGENCY, URGENT, SOON, SELF_CARE;

}
