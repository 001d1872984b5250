package org.psoascare.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.psoascare.content.Coded;
import org.psoascare.stretch.Movement;

/**
 * Something about a person that rules out some stretches, and so shapes the plan they are
 * sent to. It travels in the plan's address ({@code ?without=osteoporosis}); nothing is
 * stored. Each rules out the {@link Movement}s whose stretches carry its caution.
 */
public enum Exclusion implements Coded {

	/**
	 * Osteoporosis (or long-term steroid use, which the checklist treats the same way):
	 * no deep spinal flexion. Source: Royal Osteoporosis Society consensus, Brooke-Wavell
	 * et al. 2022, Br J Sports Med 56:837.
	 */
	OSTEOPOROSIS(EnumSet.of(Movement.DEEP_SPINAL_FLEXION)),

	/**
	 * A hip replacement: no bending the hip far up, taking it behind the body or turning
	 * it, until the surgical team says so (NHS, recovering from a hip replacement).
	 */
	HIP_REPLACEMENT(EnumSet.of(Movement.DEEP_HIP_FLEXION, Movement.HIP_EXTENSION, Movement.HIP_ROTATION)),

	/**
	 * Pregnancy: no pressing into the tummy. Lying on the back after about 16 weeks is a
	 * caution shown on the plan, not a rule-out (NHS, exercise in pregnancy).
	 */
	PREGNANCY(EnumSet.of(Movement.TUMMY_PRESSURE)),

	/**
	 * No pressing into the tummy: tummy pain, fever, unexplained weight loss or past
	 * cancer (clinical safety: self-massage of the tummy is never suggested with these).
	 */
	TUMMY_MASSAGE(EnumSet.of(Movement.TUMMY_PRESSURE));

	private final Set<Movement> rulesOut;

	Exclusion(Set<Movement> rulesOut) {
		this.rulesOut = rulesOut;
	}

	/** The movements this rules out. */
	public Set<Movement> rulesOut() {
		return EnumSet.copyOf(this.rulesOut);
	}

	/** Whether a stretch with these movements is ruled out by any of the exclusions. */
	public static boolean rulesOut(Collection<Exclusion> exclusions, Collection<Movement> movements) {
		return exclusions.stream().anyMatch((exclusion) -> movements.stream().anyMatch(exclusion.rulesOut::contains));
	}

	/** The exclusion with this code ({@code hip-replacement}), if any. */
	public static Optional<Exclusion> ofCode(String code) {
		return Coded.parse(Exclusion.class, code);
	}

	/**
	 * The exclusions that a checklist's answers imply, by the answers' codes:
	 * {@code osteoporosis} and {@code long-term-steroids} (the checklist treats long
	 * steroid use as weak bones) give {@link #OSTEOPOROSIS}, {@code hip-replacement}
	 * gives {@link #HIP_REPLACEMENT}, {@code pregnant} gives {@link #PREGNANCY}, and
	 * {@code pain-tummy}, {@code fever}, {@code weight-loss} or {@code past-cancer} give
	 * {@link #TUMMY_MASSAGE}. Other codes are ignored.
	 */
	public static Set<Exclusion> fromChecklistAnswers(Collection<String> answerCodes) {
		Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
		for (String code : answerCodes) {
			switch (code) {
				case "osteoporosis", "long-term-steroids" -> exclusions.add(OSTEOPOROSIS);
				case "hip-replacement" -> exclusions.add(HIP_REPLACEMENT);
				case "pregnant" -> exclusions.add(PREGNANCY);
				case "pain-tummy", "fever", "weight-loss", "past-cancer" -> exclusions.add(TUMMY_MASSAGE);
				default -> {
				}
			}
		}
		return exclusions;
	}

	/**
	 * The exclusions of an address's {@code without} value: codes joined by commas, as
	 * Spring joins a repeated parameter. Empty for a blank value.
	 * @return empty when any code is unknown or repeated (so the page cache holds at most
	 * one page per order of distinct codes)
	 */
	public static Optional<Set<Exclusion>> parseList(String value) {
		Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
		if (value == null || value.isBlank()) {
			return Optional.of(exclusions);
		}
		for (String code : value.split(",")) {
			Optional<Exclusion> exclusion = ofCode(code.strip());
			if (exclusion.isEmpty() || !exclusions.add(exclusion.get())) {
				return Optional.empty();
			}
		}
		return Optional.of(exclusions);
	}

	/** Every set of exclusions, the empty one first: 2 to the power of their number. */
	public static List<Set<Exclusion>> everyCombination() {
		Exclusion[] all = values();
		return java.util.stream.IntStream.range(0, 1 << all.length).mapToObj((mask) -> {
			Set<Exclusion> set = EnumSet.noneOf(Exclusion.class);
			Arrays.stream(all).filter((e) -> (mask & (1 << e.ordinal())) != 0).forEach(set::add);
			return (Set<Exclusion>) set;
		}).toList();
	}

}
