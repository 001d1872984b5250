package org.psoascare.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns each passage Lucene's highlighter chose into {@link SearchHit.Part}s instead of
 * an HTML string, so the template escapes every piece and writes the {@code <mark>}
 * itself. The match offsets are Lucene's: those of whole tokens, never part of a word. A
 * field's values (a guide's blocks) are joined by {@link #SEPARATOR}; the break iterator
 * ends passages there, and any that remains is shown as a space.
 */
final class SnippetFormatter extends PassageFormatter {

	/** What Lucene's highlighter puts between the values of a multi-valued field. */
	static final char SEPARATOR = '\u0000';

	private static final String ELLIPSIS = "\u2026";

	/**
	 * @return one snippet per passage, in the order given (best first, as the highlighter
	 * is set up); each is a list of parts, with an ellipsis where it starts or ends
	 * inside a longer text
	 */
	@Override
	public List<List<SearchHit.Part>> format(Passage[] passages, String content) {
		List<List<SearchHit.Part>> snippets = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			List<SearchHit.Part> parts = new ArrayList<>();
			int start = passage.getStartOffset();
			int end = passage.getEndOffset();
			if (startsInside(content, start)) {
				parts.add(new SearchHit.Part(ELLIPSIS + " ", false));
			}
			int at = start;
			for (int[] match : merged(passage)) {
				text(parts, content, at, match[0], false);
				text(parts, content, match[0], match[1], true);
				at = match[1];
			}
			text(parts, content, at, end, false);
			if (endsInside(content, end)) {
				parts.add(new SearchHit.Part(" " + ELLIPSIS, false));
			}
			trimEnds(parts);
			snippets.add(parts);
		}
		return snippets;
	}

	/**
	 * The passage's matches in order, overlapping ones joined (a phrase and a word of it
	 * are one mark), each within the passage.
	 */
	private static List<int[]> merged(Passage passage) {
		List<int[]> matches = new ArrayList<>();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int from = Math.max(passage.getStartOffset(), passage.getMatchStarts()[i]);
			int to = Math.min(passage.getEndOffset(), passage.getMatchEnds()[i]);
			if (to > from) {
				matches.add(new int[] { from, to });
			}
		}
		matches.sort((a, b) -> (a[0] != b[0]) ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		List<int[]> merged = new ArrayList<>();
		for (int[] match : matches) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && match[0] <= last[1]) {
				last[1] = Math.max(last[1], match[1]);
			}
			else {
				merged.add(match);
			}
		}
		return merged;
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
