package org.psoascare.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A break iterator over texts whose breaks were found once, when the index was built: the
 * highlighter asks where the sentence around each match starts and ends, and a rule-based
 * sentence iterator answers that by scanning back and forth through the whole guide, for
 * every shown result of every search. Here each answer is a binary search. The same
 * breaks as {@code breaks} gives, for any text: one it was not built with (looked up by
 * identity, as the highlighter is handed the very strings the index was built from) is
 * broken by {@code breaks} when it is set.
 */
final class KnownBreaks extends BreakIterator {

	private final Map<String, int[]> known;

	private final Supplier<BreakIterator> breaks;

	private CharacterIterator text = new StringCharacterIterator("");

	private int[] offsets = { 0 };

	private int current;

	private KnownBreaks(Map<String, int[]> known, Supplier<BreakIterator> breaks) {
		this.known = known;
		this.breaks = breaks;
	}

	/**
	 * @param texts the texts to find breaks in now
	 * @param breaks makes a fresh iterator that finds the breaks
	 * @return makes an iterator for one use at a time, as the highlighter asks for one
	 */
	static Supplier<BreakIterator> of(Iterable<String> texts, Supplier<BreakIterator> breaks) {
		Map<String, int[]> known = new IdentityHashMap<>();
		for (String text : texts) {
			known.computeIfAbsent(text, (key) -> offsets(key, breaks.get()));
		}
		return () -> new KnownBreaks(known, breaks);
	}

	/** Every boundary of the text, in order: 0 first, its length last. */
	private static int[] offsets(String text, BreakIterator breaks) {
		breaks.setText(text);
		int[] offsets = new int[16];
		int count = 0;
		for (int offset = breaks.first(); offset != DONE; offset = breaks.next()) {
			if (count == offsets.length) {
				offsets = Arrays.copyOf(offsets, count * 2);
			}
			offsets[count++] = offset;
		}
		return Arrays.copyOf(offsets, count);
	}

	@Override
	public void setText(String text) {
		int[] offsets = this.known.get(text);
		this.offsets = (offsets != null) ? offsets : offsets(text, this.breaks.get());
		this.text = new StringCharacterIterator(text);
		this.current = 0;
	}

	@Override
	public void setText(CharacterIterator text) {
		StringBuilder chars = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
		for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
			chars.append(c);
		}
		setText(chars.toString());
	}

	@Override
	public CharacterIterator getText() {
		return this.text;
	}

	@Override
	public int first() {
		this.current = 0;
		return this.offsets[0];
	}

	@Override
	public int last() {
		this.current = this.offsets.length - 1;
		return this.offsets[this.current];
	}

	@Override
	public int next(int n) {
		int target = this.current + n;
		if (target < 0) {
			first();
			return DONE;
		}
		if (target >= this.offsets.length) {
			last();
			return DONE;
		}
		this.current = target;
		return this.offsets[target];
	}

	@Override
	public int next() {
		return next(1);
	}

	@Override
	public int previous() {
		return next(-1);
	}

	/** The first boundary after {@code offset}, or {@link #DONE} (at the last). */
	@Override
	public int following(int offset) {
		checkOffset(offset);
		int at = Arrays.binarySearch(this.offsets, offset);
		int after = (at >= 0) ? at + 1 : -at - 1;
		if (after >= this.offsets.length) {
			last();
			return DONE;
		}
		this.current = after;
		return this.offsets[after];
	}

	/** The last boundary before {@code offset}, or {@link #DONE} (at the first). */
	@Override
	public int preceding(int offset) {
		checkOffset(offset);
		int at = Arrays.binarySearch(this.offsets, offset);
		int before = ((at >= 0) ? at : -at - 1) - 1;
		if (before < 0) {
			first();
			return DONE;
		}
		this.current = before;
		return this.offsets[before];
	}

	@Override
	public boolean isBoundary(int offset) {
		checkOffset(offset);
		int at = Arrays.binarySearch(this.offsets, offset);
		if (at >= 0) {
			this.current = at;
			return true;
		}
		following(offset);
		return false;
	}

	@Override
	public int current() {
		return this.offsets[this.current];
	}

	private void checkOffset(int offset) {
		if (offset < this.text.getBeginIndex() || offset > this.text.getEndIndex()) {
			throw new IllegalArgumentException("offset out of bounds");
		}
	}

}
