package org.psoascare.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every document read in one load, by folder and slug, for checking references. */
public final class ContentIndex {

	private final Map<String, Map<String, ContentDocument>> documents;

	/**
	 * @param documents by kind (its folder), then by slug
	 */
	public ContentIndex(Map<String, Map<String, ContentDocument>> documents) {
		this.documents = documents;
	}

	public <D extends ContentDocument> Optional<D> find(String folder, String slug, Class<D> type) {
		return Optional.ofNullable(this.documents.getOrDefault(folder, Map.of()).get(slug)).map(type::cast);
	}

	/** Every document of a folder, whatever its slug. */
	public <D extends ContentDocument> List<D> all(String folder, Class<D> type) {
		return this.documents.getOrDefault(folder, Map.of()).values().stream().map(type::cast).toList();
	}

	/** Fails on the first slug in the list that names no document in the folder. */
	public void requireAll(ContentDocument from, String field, String folder, List<String> slugs) {
		Map<String, ContentDocument> known = this.documents.get(folder);
		if (known == null) {
			throw from.source().error(field, "refers to " + folder + ", which this site does not have");
		}
		for (String slug : slugs) {
			if (!known.containsKey(slug)) {
				throw from.source().error(field, "'" + slug + "' is not a known item of " + folder);
			}
		}
	}

}
