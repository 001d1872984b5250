package org.psoascare.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the passages Lucene's highlighter chose into {@link SearchHit.Part}s instead of
 * an HTML string, so the template escapes every piece and writes the {@code <mark>}
 * itself. The match offsets are Lucene's: those of whole tokens, never part of a word.
 * A field's values (a guide's blocks) are joined by {@link #SEPARATOR}; the break
 * iterator ends passages there, and any that remains is shown as a space.
 */
final class SnippetFormatter extends PassageFormatter {

	/** What Lucene's highlighter puts between the values of a multi-valued field. */
	static final char SEPARATOR = '\u0000';

	private static final String ELLIPSIS = "\u2026";

	@Override
	public List<SearchHit.Part> format(Passage[] passages, String content) {
		List<SearchHit.Part> parts = new ArrayList<>();
		int previousEnd = -1;
		for (Passage passage : passages) {
			int start = passage.getStartOffset();
			int end = passage.getEndOffset();
			if (previousEnd >= 0 || startsInside(content, start)) {
				parts.add(new SearchHit.Part(ELLIPSIS + " ", false));
			}
			int at = start;
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int matchStart = Math.max(at, passage.getMatchStarts()[i]);
				int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
				if (matchEnd <= matchStart) {
					continue;
				}
				text(parts, content, at, matchStart, false);
				text(parts, content, matchStart, matchEnd, true);
				at = matchEnd;
			}
			text(parts, content, at, end, false);
			previousEnd = end;
		}
		if (previousEnd >= 0 && endsInside(content, previousEnd)) {
			parts.add(new SearchHit.Part(" " + ELLIPSIS, false));
		}
		trimEnds(parts);
		return parts;
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

	/** Leading and trailing spaces of the whole snippet, left by sentence breaks. */
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
