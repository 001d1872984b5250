package org.psoascare.plan;

import org.psoascare.content.Coded;

/**
 * The care level a plan is written for. A plan is a self-care tool, never triage: it is
 * offered only at self-care, or at soon while the person waits to be seen.
 */
public enum PlanLevel implements Coded {

	SELF_CARE, SOON

}
