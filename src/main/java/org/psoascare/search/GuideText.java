package org.psoascare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.unbescape.html.HtmlEscape;

/**
 * Splits a guide's rendered body into its blocks (paragraphs, list items, table cells,
 * quotes) and headings, so each is indexed as its own value and a snippet never runs the
 * end of one block into the start of the next. Uses attoparser, the HTML parser Thymeleaf
 * already brings; the body is the safe HTML the content module rendered. Citation links
 * ({@code <sup>[source 1]</sup>}) are left out, with the space that stood before them.
 *
 * @param headings the text of every heading, in order
 * @param blocks the text of every other block, in order; none is blank
 */
record GuideText(List<String> headings, List<String> blocks) {

	private static final ParseConfiguration HTML = ParseConfiguration.htmlConfiguration();

	private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

	private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "blockquote", "pre", "dt", "dd",
			"figcaption");

	/**
	 * @param html the safe HTML of a guide's body
	 * @throws IllegalStateException if it cannot be parsed, which would mean the content
	 * module rendered something that is not HTML
	 */
	static GuideText of(String html) {
		Handler handler = new Handler();
		try {
			new MarkupParser(HTML).parse(html, handler);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A guide body is not parseable HTML", ex);
		}
		handler.flush(null);
		return new GuideText(List.copyOf(handler.headings), List.copyOf(handler.blocks));
	}

	private static final class Handler extends AbstractMarkupHandler {

		private final List<String> headings = new ArrayList<>();

		private final List<String> blocks = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int skipping;

		@Override
		public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int col) {
			String name = name(buffer, offset, length);
			if ("sup".equals(name)) {
				this.skipping++;
			}
			else if (HEADINGS.contains(name) || BLOCKS.contains(name)) {
				flush(null);
			}
		}

		@Override
		public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized, int line,
				int col) {
			this.text.append(' ');
		}

		@Override
		public void handleCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
			closed(name(buffer, offset, length));
		}

		@Override
		public void handleAutoCloseElementEnd(char[] buffer, int offset, int length, int line, int col) {
			closed(name(buffer, offset, length));
		}

		@Override
		public void handleText(char[] buffer, int offset, int length, int line, int col) {
			if (this.skipping == 0) {
				this.text.append(buffer, offset, length);
			}
		}

		private void closed(String name) {
			if ("sup".equals(name)) {
				this.skipping = Math.max(0, this.skipping - 1);
			}
			else if (HEADINGS.contains(name)) {
				flush(this.headings);
			}
			else if (BLOCKS.contains(name)) {
				flush(this.blocks);
			}
		}

		/** Ends the current block; its text goes to {@code into}, or to the blocks. */
		void flush(List<String> into) {
			String block = HtmlEscape.unescapeHtml(this.text.toString())
				.replaceAll("\\s+", " ")
				.replaceAll(" ([.,;:!?)])", "$1")
				.strip();
			this.text.setLength(0);
			if (!block.isEmpty()) {
				((into != null) ? into : this.blocks).add(block);
			}
		}

		private static String name(char[] buffer, int offset, int length) {
			return new String(buffer, offset, length).toLowerCase(Locale.ROOT);
		}

	}

}
