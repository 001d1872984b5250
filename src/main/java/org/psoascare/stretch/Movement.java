package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.Coded;

/**
 * A movement that is unsafe for some readers. A stretch that declares one must carry a
 * caution naming the people it is unsafe for, or loading fails: the words each caution
 * must contain are listed here, so the check is one place and the wording stays the
 * author's. The clinical basis of each is in {@code docs/content-authoring.md}.
 */
public enum Movement implements Coded {

	/**
	 * Rounding the back a long way forward (knee-to-chest, cat–cow's rounding). The UK
	 * osteoporosis exercise consensus (Brooke-Wavell et al. 2022) advises avoiding a high
	 * degree of spinal flexion; the caution must give a neutral-spine alternative.
	 */
	DEEP_SPINAL_FLEXION(List.of("osteoporosis")),

	/** Bending the hip far up towards the chest, past a right angle (hip precautions). */
	DEEP_HIP_FLEXION(List.of("hip replacement")),

	/** Taking the thigh behind the body (hip flexor stretches, lunges). */
	HIP_EXTENSION(List.of("hip replacement")),

	/** Turning the thigh in or out, or crossing the legs (figure-4, ankle over knee). */
	HIP_ROTATION(List.of("hip replacement")),

	/** Pressing into the tummy (the psoas ball release). */
	TUMMY_PRESSURE(List.of("pregnant", "surgery", "hernia", "aneurysm"));

	private final List<String> cautionWords;

	Movement(List<String> cautionWords) {
		this.cautionWords = cautionWords;
	}

	/** Words that the stretch's cautions must contain, each in at least one caution. */
	public List<String> cautionWords() {
		return this.cautionWords;
	}

}
