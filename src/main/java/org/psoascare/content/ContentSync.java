package org.psoascare.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Makes a table match a set of documents by slug: a new slug is inserted, a changed file
 * (another content hash) updates its row, an unchanged one is left alone, and a row whose
 * file is gone is deleted. Running it twice on the same files changes nothing.
 */
public final class ContentSync {

	private ContentSync() {
	}

	/** The store of a {@link ContentType}: syncs its documents into this repository. */
	public static <D extends ContentDocument, E extends ContentEntity> Function<List<D>, SyncCounts> into(
			JpaRepository<E, ?> repository, Supplier<E> newEntity, BiConsumer<E, D> copy) {
		return (documents) -> sync(documents, repository, newEntity, copy);
	}

	public static <D extends ContentDocument, E extends ContentEntity> SyncCounts sync(List<D> documents,
			JpaRepository<E, ?> repository, Supplier<E> newEntity, BiConsumer<E, D> copy) {
		Map<String, E> existing = new HashMap<>();
		repository.findAll().forEach((entity) -> existing.put(entity.getSlug(), entity));
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (D document : documents) {
			E entity = existing.remove(document.slug());
			if (entity == null) {
				entity = newEntity.get();
				copy.accept(entity, document);
				repository.save(entity);
				created++;
			}
			else if (!entity.getContentHash().equals(document.contentHash())) {
				copy.accept(entity, document);
				updated++;
			}
			else {
				unchanged++;
			}
		}
		repository.deleteAll(existing.values());
		repository.flush();
		return new SyncCounts(created, updated, existing.size(), unchanged);
	}

}
