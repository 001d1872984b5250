package org.psoascare.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns each passage Lucene's highlighter chose into a {@link Snippet}: where it lies in
 * the text and which whole words in it are marks. Only the snippet a result shows is then
 * cut into {@link SearchHit.Part}s ({@link Snippet#parts()}), so the template escapes
 * every piece and writes the {@code <mark>} itself. The match offsets are Lucene's: those
 * of whole tokens, never part of a word. A field's values (a guide's blocks) are joined
 * by {@link #SEPARATOR}; the break iterator ends passages there, and any that remains is
 * shown as a space.
 */
final class SnippetFormatter extends PassageFormatter {

	/** What Lucene's highlighter puts between the values of a multi-valued field. */
	static final char SEPARATOR = '\u0000';

	private static final String ELLIPSIS = "\u2026";

	/**
	 * @return one {@link Snippet} per passage, in the order given (best first, as the
	 * highlighter is set up)
	 */
	@Override
	public List<Snippet> format(Passage[] passages, String content) {
		List<Snippet> snippets = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			int[] marks = merged(passage);
			snippets.add(new Snippet(content, passage.getStartOffset(), passage.getEndOffset(), marks,
					distinctWords(content, marks)));
		}
		return snippets;
	}

	/**
	 * The passage's matches in order as start and end offsets, two ints each, overlapping
	 * ones joined (a phrase and a word of it are one mark), each within the passage.
	 */
	private static int[] merged(Passage passage) {
		int count = 0;
		int[] matches = new int[passage.getNumMatches() * 2];
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int from = Math.max(passage.getStartOffset(), passage.getMatchStarts()[i]);
			int to = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
			if (to > from) {
				// Insertion sort by start, the longer first on a tie: a passage holds a
				// handful of matches, almost always in order already.
				int at = count;
				while (at > 0
						&& (matches[2 * at - 2] > from || (matches[2 * at - 2] == from && matches[2 * at - 1] < to))) {
					matches[2 * at] = matches[2 * at - 2];
					matches[2 * at + 1] = matches[2 * at - 1];
					at--;
				}
				matches[2 * at] = from;
				matches[2 * at + 1] = to;
				count++;
			}
		}
		int merged = 0;
		for (int i = 0; i < count; i++) {
			if (merged > 0 && matches[2 * i] <= matches[2 * merged - 1]) {
				matches[2 * merged - 1] = Math.max(matches[2 * merged - 1], matches[2 * i + 1]);
			}
			else {
				matches[2 * merged] = matches[2 * i];
				matches[2 * merged + 1] = matches[2 * i + 1];
				merged++;
			}
		}
		int[] marks = new int[2 * merged];
		System.arraycopy(matches, 0, marks, 0, marks.length);
		return marks;
	}

	/** How many different words (ignoring case) the marks hold. */
	private static int distinctWords(String content, int[] marks) {
		if (marks.length <= 2) {
			return marks.length / 2;
		}
		Set<String> words = new HashSet<>();
		for (int i = 0; i < marks.length; i += 2) {
			words.add(content.substring(marks[i], marks[i + 1]).toLowerCase(Locale.ROOT));
		}
		return words.size();
	}

	/**
	 * One passage of a field's text, ready to be shown.
	 *
	 * @param content the field's whole text, values joined by {@link #SEPARATOR}
	 * @param start where the passage starts in it (a char offset)
	 * @param end where it ends (exclusive)
	 * @param marks start and end offsets of each mark, in order, never overlapping
	 * @param words how many different words (ignoring case) are marked
	 */
	record Snippet(String content, int start, int end, int[] marks, int words) {

		/**
		 * @return the snippet as parts, with an ellipsis where it starts or ends inside a
		 * longer text; no part is empty, and only the first and last are trimmed
		 */
		List<SearchHit.Part> parts() {
			List<SearchHit.Part> parts = new ArrayList<>(this.marks.length + 3);
			if (startsInside(this.content, this.start)) {
				parts.add(new SearchHit.Part(ELLIPSIS + " ", false));
			}
			int at = this.start;
			for (int i = 0; i < this.marks.length; i += 2) {
				text(parts, this.content, at, this.marks[i], false);
				text(parts, this.content, this.marks[i], this.marks[i + 1], true);
				at = this.marks[i + 1];
			}
			text(parts, this.content, at, this.end, false);
			if (endsInside(this.content, this.end)) {
				parts.add(new SearchHit.Part(" " + ELLIPSIS, false));
			}
			trimEnds(parts);
			return parts;
		}

	}

	private static void text(List<SearchHit.Part> parts, String content, int from, int to, boolean match) {
		if (to > from) {
			parts.add(new SearchHit.Part(content.substring(from, to).replace(SEPARATOR, ' '), match));
		}
	}

	/** A passage that starts after the start of its value continues a longer text. */
	private static boolean startsInside(String content, int start) {
		return start > 0 && content.charAt(start - 1) != SEPARATOR;
	}

	private static boolean endsInside(String content, int end) {
		return end < content.length() && content.charAt(end) != SEPARATOR;
	}

	/** Leading and trailing spaces of a snippet, left by sentence breaks. */
	private static void trimEnds(List<SearchHit.Part> parts) {
		if (!parts.isEmpty() && !parts.get(0).match()) {
			parts.set(0, new SearchHit.Part(parts.get(0).text().stripLeading(), false));
		}
		int last = parts.size() - 1;
		if (last >= 0 && !parts.get(last).match()) {
			parts.set(last, new SearchHit.Part(parts.get(last).text().stripTrailing(), false));
		}
		parts.removeIf((part) -> part.text().isEmpty());
	}

}
