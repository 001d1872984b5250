package org.psoascare.stretch;

import org.psoascare.content.Coded;

/** The body areas a stretch works on, as the filters name them. */
public enum TargetArea implements Coded {

	HIP_FLEXORS("hip-flexors"), PIRIFORMIS("piriformis"), HAMSTRINGS("hamstrings"), GLUTES("glutes"), CORE("core"),
	LOW_BACK("low-back");

	private final String code;

	TargetArea(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
