package org.psoascare.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every kind of content, checks each file and every reference between files,
 * and only then makes the store match, all in one transaction: a broken file leaves the
 * store as it was. Several instances may start at once against one database; the row
 * lock taken first makes them load one after the other, and each later one finds
 * nothing to change.
 */
@Service
public class ContentLoader {

	private final List<ContentType<?>> types;

	private final JdbcTemplate jdbc;

	private final ContentSource source;

	public ContentLoader(List<ContentType<?>> types, JdbcTemplate jdbc,
			@Value("${psoascare.content.location:classpath:content/}") String location) {
		this.types = List.copyOf(types);
		this.jdbc = jdbc;
		this.source = new ContentSource(location);
	}

	@Transactional
	public LoadReport load() {
		return load(this.source);
	}

	@Transactional
	public LoadReport load(ContentSource from) {
		this.jdbc.queryForObject("select id from content_lock where id = 1 for update", Integer.class);
		Map<String, Map<String, ContentDocument>> bySlug = new HashMap<>();
		List<Parsed<?>> parsed = new ArrayList<>();
		for (ContentType<?> type : this.types) {
			parsed.add(read(type, from, bySlug));
		}
		ContentIndex index = new ContentIndex(bySlug);
		parsed.forEach((kind) -> kind.checkReferences(index));
		Map<String, SyncCounts> counts = new LinkedHashMap<>();
		parsed.forEach((kind) -> counts.put(kind.type().folder(), kind.store()));
		return new LoadReport(counts);
	}

	private static <D extends ContentDocument> Parsed<D> read(ContentType<D> type, ContentSource from,
			Map<String, Map<String, ContentDocument>> bySlug) {
		Map<String, ContentDocument> slugs = new HashMap<>();
		List<D> documents = new ArrayList<>();
		for (ContentFile file : from.files(type.folder(), type.extension())) {
			D document = type.parse(file);
			ContentDocument other = slugs.putIfAbsent(document.slug(), document);
			if (other != null) {
				throw file.error("slug", "'" + document.slug() + "' is already used by " + other.source().path());
			}
			documents.add(document);
		}
		bySlug.put(type.folder(), slugs);
		return new Parsed<>(type, documents);
	}

	private record Parsed<D extends ContentDocument>(ContentType<D> type, List<D> documents) {

		void checkReferences(ContentIndex index) {
			this.documents.forEach((document) -> this.type.checkReferences(document, index));
		}

		SyncCounts store() {
			return this.type.store(this.documents);
		}

	}

}
