package org.psoascare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.psoascare.content.ContentLoadedEvent;
import org.psoascare.guide.GuideCatalog;
import org.psoascare.guide.GuideCatalog.SearchableGuide;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Searches guide titles, summaries and bodies in memory. Content changes only when it
 * is loaded, so the index is rebuilt then and a search never touches the database. A
 * guide matches when every word of the query appears in it; guides with the words in
 * their title come first, then in their summary, then in the body alone.
 */
@Component
public class SearchIndex {

	private static final int SNIPPET_RADIUS = 90;

	private volatile List<Entry> entries = List.of();

	private final GuideCatalog guides;

	SearchIndex(GuideCatalog guides) {
		this.guides = guides;
	}

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		this.entries = this.guides.searchable().stream().map(Entry::new).toList();
	}

	public List<SearchHit> search(SearchQuery query) {
		List<Scored> scored = new ArrayList<>();
		for (Entry entry : this.entries) {
			int rank = entry.rank(query.terms());
			if (rank >= 0) {
				scored.add(new Scored(entry, rank));
			}
		}
		scored.sort(Comparator.comparingInt(Scored::rank).thenComparing((hit) -> hit.entry().title));
		return scored.stream().map((hit) -> hit.entry().hit(query.terms())).toList();
	}

	private record Scored(Entry entry, int rank) {
	}

	private static final class Entry {

		private final String slug;

		private final String title;

		private final String summary;

		private final String body;

		private final String lowerTitle;

		private final String lowerSummary;

		private final String lowerBody;

		Entry(SearchableGuide guide) {
			this.slug = guide.summary().slug();
			this.title = guide.summary().title();
			this.summary = guide.summary().summary();
			this.body = guide.bodyText();
			this.lowerTitle = lower(this.title);
			this.lowerSummary = lower(this.summary);
			this.lowerBody = lower(this.body);
		}

		/** -1 when some word is missing; else lower is better: 0 title has all words. */
		int rank(List<String> terms) {
			int inTitle = 0;
			int inSummary = 0;
			for (String term : terms) {
				boolean title = this.lowerTitle.contains(term);
				boolean summary = this.lowerSummary.contains(term);
				if (!title && !summary && !this.lowerBody.contains(term)) {
					return -1;
				}
				inTitle += title ? 1 : 0;
				inSummary += summary ? 1 : 0;
			}
			if (inTitle == terms.size()) {
				return 0;
			}
			if (inTitle > 0) {
				return 1;
			}
			return (inSummary > 0) ? 2 : 3;
		}

		SearchHit hit(List<String> terms) {
			String text = this.summary;
			String lower = this.lowerSummary;
			int first = firstMatch(lower, terms);
			if (first < 0) {
				text = this.body;
				lower = this.lowerBody;
				first = Math.max(0, firstMatch(lower, terms));
			}
			int start = wordStart(text, Math.max(0, first - SNIPPET_RADIUS));
			int end = wordEnd(text, Math.min(text.length(), first + SNIPPET_RADIUS));
			List<SearchHit.Part> parts = new ArrayList<>();
			if (start > 0) {
				parts.add(new SearchHit.Part("… ", false));
			}
			int at = start;
			while (at < end) {
				int next = -1;
				String matched = null;
				for (String term : terms) {
					int found = lower.indexOf(term, at);
					if (found >= 0 && found < end && (next < 0 || found < next)) {
						next = found;
						matched = term;
					}
				}
				if (next < 0) {
					parts.add(new SearchHit.Part(text.substring(at, end), false));
					break;
				}
				if (next > at) {
					parts.add(new SearchHit.Part(text.substring(at, next), false));
				}
				int matchEnd = Math.min(end, next + matched.length());
				parts.add(new SearchHit.Part(text.substring(next, matchEnd), true));
				at = matchEnd;
			}
			if (end < text.length()) {
				parts.add(new SearchHit.Part(" …", false));
			}
			return new SearchHit(this.slug, this.title, parts);
		}

		private static int firstMatch(String lower, List<String> terms) {
			int first = -1;
			for (String term : terms) {
				int found = lower.indexOf(term);
				if (found >= 0 && (first < 0 || found < first)) {
					first = found;
				}
			}
			return first;
		}

		private static int wordStart(String text, int index) {
			if (index == 0) {
				return 0;
			}
			int space = text.indexOf(' ', index);
			return (space < 0) ? index : space + 1;
		}

		private static int wordEnd(String text, int index) {
			if (index >= text.length()) {
				return text.length();
			}
			int space = text.lastIndexOf(' ', index);
			return (space <= 0) ? index : space;
		}

		/**
		 * Lower case that keeps every index where it was, so a match found in the lower
		 * text marks the same characters in the original.
		 */
		private static String lower(String text) {
			String lower = text.toLowerCase(Locale.ROOT);
			return (lower.length() == text.length()) ? lower : text;
		}

	}

}
