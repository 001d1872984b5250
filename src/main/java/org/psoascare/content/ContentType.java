package org.psoascare.content;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One kind of content (guides, stretches, ...): where its files are, how one file becomes
 * a checked document, what a document must find among the others, and how documents are
 * stored. Adding a kind of content is declaring a bean of this type; the
 * {@link ContentLoader} reads every file of every kind before it checks any reference, so
 * kinds need no order.
 *
 * @param folder the folder under the content root, e.g. {@code guides}; also the kind's
 * name, one of {@link ContentKinds}
 * @param extension the file extension without a dot, e.g. {@code md}
 * @param parse reads and checks one file on its own; throws {@link ContentException}
 * @param references checks what a document refers to, once every file has been read;
 * throws {@link ContentException}
 * @param store makes the store match the documents (see {@link ContentSync#into})
 * @param <D> the parsed document
 */
public record ContentType<D extends ContentDocument>(String folder, String extension, Function<ContentFile, D> parse,
		BiConsumer<D, ContentIndex> references, Function<List<D>, SyncCounts> store) {

	/** A kind whose documents refer to nothing. */
	public static <D extends ContentDocument> ContentType<D> of(String folder, String extension,
			Function<ContentFile, D> parse, Function<List<D>, SyncCounts> store) {
		return new ContentType<>(folder, extension, parse, (document, index) -> {
		}, store);
	}

	/** This kind, with documents that must find what they refer to in the index. */
	public ContentType<D> withReferences(BiConsumer<D, ContentIndex> references) {
		return new ContentType<>(this.folder, this.extension, this.parse, references, this.store);
	}

}
