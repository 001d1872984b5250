package org.psoascare.search;

import java.util.List;

/**
 * One guide, stretch or routine as the index sees it.
 *
 * @param kind what it is, which gives its address
 * @param slug its slug
 * @param title its title or name
 * @param summary its one-sentence summary
 * @param labels short labels (headings, target areas, stretch names)
 * @param blocks its text, one entry per block, so no snippet runs two blocks together
 */
record SearchDocument(SearchHit.Kind kind, String slug, String title, String summary, List<String> labels,
		List<String> blocks) {

	SearchDocument {
		labels = List.copyOf(labels);
		blocks = List.copyOf(blocks);
	}

}
