package org.psoascare.guide;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of plain English text: 0.39 × words per sentence + 11.8
 * × syllables per word − 15.59 (Kincaid et al., 1975). No well-kept Java library for it
 * is on Maven Central, so this small one is written out here; see
 * {@code docs/architecture.md}.
 * <ul>
 * <li>Text is read block by block (a paragraph, a heading or a list item), and each block
 * ends a sentence even without a full stop, as a list item is read as one.</li>
 * <li>A sentence ends at {@code .}, {@code !} or {@code ?} followed by a space; so "3.5"
 * is one word and does not split a sentence.</li>
 * <li>Syllables are counted with the usual vowel-group rule: groups of one or two of a,
 * e, i, o, u, y, after dropping a silent final "e", "es" or "ed" and a leading "y" (so
 * "stretches" has 2, "release" 2, "moved" 1, "rested" 2); every word has at least one. A
 * number counts one syllable per digit. Like every such counter it is an estimate, good
 * to a syllable or so on a long word, which is plenty for a limit on a whole guide.</li>
 * </ul>
 */
final class Readability {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");

	private Readability() {
	}

	/** Words, sentences and syllables of some blocks of text. */
	record Counts(int words, int sentences, int syllables) {

		double grade() {
			return 0.39 * this.words / this.sentences + 11.8 * this.syllables / this.words - 15.59;
		}

	}

	/** Counts blocks of plain text, one block per line. */
	static Counts count(String blocks) {
		int words = 0;
		int sentences = 0;
		int syllables = 0;
		for (String block : blocks.split("\n")) {
			if (block.isBlank()) {
				continue;
			}
			Matcher word = WORD.matcher(block);
			int blockWords = 0;
			while (word.find()) {
				blockWords++;
				syllables += syllables(word.group());
			}
			if (blockWords == 0) {
				continue;
			}
			words += blockWords;
			String trimmed = block.strip();
			int ends = (int) SENTENCE_END.matcher(trimmed).results().count();
			boolean endsWithStop = SENTENCE_END.matcher(trimmed).find() && trimmed.matches("(?s).*[.!?]+$");
			sentences += ends + (endsWithStop ? 0 : 1);
		}
		return new Counts(words, Math.max(1, sentences), syllables);
	}

	static int syllables(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
		if (lower.chars().allMatch(Character::isDigit)) {
			return lower.length();
		}
		lower = lower.replaceAll("[^a-z]", "");
		if (lower.length() <= 3) {
			return 1;
		}
		lower = withoutSilentEnding(lower).replaceFirst("^y", "");
		int groups = (int) VOWEL_GROUP.matcher(lower).results().count();
		return Math.max(1, groups);
	}

	/**
	 * Drops a final "e" ("make"), "es" ("makes") or "ed" ("moved") that adds no syllable:
	 * not after a vowel or "l" ("table"), and not "es" after a hissing sound
	 * ("stretches", "pieces") or "ed" after t or d ("rested").
	 */
	private static String withoutSilentEnding(String word) {
		int length = word.length();
		char before = word.charAt(length - ((word.endsWith("es") || word.endsWith("ed")) ? 3 : 2));
		boolean soft = "laeiouy".indexOf(before) >= 0;
		if (word.endsWith("es")) {
			return (soft || "cgsxz".indexOf(before) >= 0 || word.endsWith("ches") || word.endsWith("shes")) ? word
					: word.substring(0, length - 2);
		}
		if (word.endsWith("ed")) {
			return (soft || before == 't' || before == 'd') ? word : word.substring(0, length - 2);
		}
		if (word.endsWith("e")) {
			return soft ? word : word.substring(0, length - 1);
		}
		return word;
	}

}
