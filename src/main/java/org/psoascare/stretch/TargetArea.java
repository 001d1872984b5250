package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** The body areas a stretch works on, as the filters name them. */
public enum TargetArea implements Coded {

	HIP_FLEXORS, PIRIFORMIS, HAMSTRINGS, GLUTES, CORE, LOW_BACK;

}
