package org.psoascare.stretch;

import java.util.List;
import java.util.Locale;

import org.psoascare.content.ContentFile;

/**
 * Cautions are listed strongest first. The strongest are the ones that say to stop at
 * once, not to do a move at all, or to get emergency help; the loader refuses a list that
 * puts any of them after a milder one.
 */
final class Cautions {

	private static final List<String> STRONGEST_OPENINGS = List.of("do not do this", "stop at once",
			"stop straight away");

	private Cautions() {
	}

	/**
	 * Whether a caution is among the strongest: stop at once, never do it, or get
	 * emergency help.
	 */
	static boolean strongest(String caution) {
		String text = caution.toLowerCase(Locale.ROOT);
		return STRONGEST_OPENINGS.stream().anyMatch(text::startsWith) || text.contains("at once")
				|| text.contains("emergency");
	}

	/** Refuses a list where a strongest caution comes after a milder one. */
	static void checkStrongestFirst(ContentFile file, List<String> cautions) {
		boolean milderSeen = false;
		for (int i = 0; i < cautions.size(); i++) {
			boolean strongest = strongest(cautions.get(i));
			if (strongest && milderSeen) {
				throw file.error("cautions",
						"lists the strongest first: move '" + cautions.get(i)
								+ "' above the milder cautions (those that say to stop at once, not to do it at all,"
								+ " or to get emergency help come first)");
			}
			milderSeen |= !strongest;
		}
	}

}
