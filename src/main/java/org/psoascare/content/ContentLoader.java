package org.psoascare.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every kind of content, checks each file and every reference between files, and
 * only then makes the store match, all in one transaction: a broken file leaves the store
 * as it was. Several instances may start at once against one database; the row lock taken
 * first makes them load one after the other, and each later one finds nothing to change.
 */
@Service
public class ContentLoader {

	private final List<ContentType<?>> types;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final ContentSource source;

	private final Duration lockTimeout;

	private final Duration idleTimeout;

	private volatile Boolean postgres;

	/**
	 * @param properties where content is read from ({@link ContentProperties#location()})
	 * and the lock and idle timeouts of a load
	 */
	public ContentLoader(List<ContentType<?>> types, ApplicationEventPublisher events, JdbcTemplate jdbc,
			ContentProperties properties) {
		this.types = types.stream().sorted(Comparator.comparing(ContentType::folder)).toList();
		this.events = events;
		this.jdbc = jdbc;
		this.source = properties.source();
		this.lockTimeout = properties.lockTimeout();
		this.idleTimeout = properties.idleTimeout();
	}

	@Transactional
	public LoadReport load() {
		return load(this.source);
	}

	/**
	 * @throws ContentException when a file breaks a rule
	 * @throws ContentLockTimeoutException when another instance held the content lock for
	 * longer than the lock timeout
	 */
	@Transactional
	public LoadReport load(ContentSource from) {
		lockContent();
		Map<String, Map<String, ContentDocument>> bySlug = new HashMap<>();
		List<Parsed<?>> parsed = new ArrayList<>();
		for (ContentType<?> type : this.types) {
			parsed.add(read(type, from, bySlug));
		}
		// Only now that every file of every kind is read can references be checked.
		ContentIndex index = new ContentIndex(bySlug);
		parsed.forEach((kind) -> kind.checkReferences(index));
		Map<String, SyncCounts> counts = new LinkedHashMap<>();
		parsed.forEach((kind) -> counts.put(kind.type().folder(), kind.store()));
		this.events.publishEvent(new ContentReadEvent(index));
		return new LoadReport(counts, version(parsed));
	}

	/**
	 * Takes the row lock that makes instances load one after another, waiting at most the
	 * lock timeout. The timeouts are set for this transaction only (PostgreSQL's
	 * {@code set local}); H2, embedded in one instance, has no other instance to wait
	 * for.
	 */
	private void lockContent() {
		long millis = this.lockTimeout.toMillis();
		if (isPostgres()) {
			this.jdbc.execute("set local lock_timeout = " + millis);
			this.jdbc.execute("set local idle_in_transaction_session_timeout = " + this.idleTimeout.toMillis());
		}
		else {
			this.jdbc.execute("set lock_timeout " + millis);
		}
		try {
			this.jdbc.queryForObject("select id from content_lock where id = 1 for update", Integer.class);
		}
		catch (DataAccessException ex) {
			if (ex instanceof PessimisticLockingFailureException || isLockTimeout(ex.getMostSpecificCause())) {
				throw new ContentLockTimeoutException(this.lockTimeout, ex);
			}
			throw ex;
		}
	}

	/** PostgreSQL's "lock not available" (55P03) and H2's lock timeout (HYT00). */
	private static boolean isLockTimeout(Throwable cause) {
		return cause instanceof SQLException sql
				&& ("55P03".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState()));
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			String product = this.jdbc.execute(
					(ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
			known = "PostgreSQL".equalsIgnoreCase(product);
			this.postgres = known;
		}
		return known;
	}

	/**
	 * The first 12 hex digits of a SHA-256 over every document's kind, slug and
	 * fingerprint.
	 */
	private static String version(List<Parsed<?>> parsed) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
		for (Parsed<?> kind : parsed) {
			kind.documents()
				.stream()
				.sorted(Comparator.comparing(ContentDocument::slug))
				.forEach((document) -> digest
					.update((kind.type().folder() + "/" + document.slug() + ":" + document.contentHash() + "\n")
						.getBytes(StandardCharsets.UTF_8)));
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 6);
	}

	private static <D extends ContentDocument> Parsed<D> read(ContentType<D> type, ContentSource from,
			Map<String, Map<String, ContentDocument>> bySlug) {
		Map<String, ContentDocument> slugs = new HashMap<>();
		List<D> documents = new ArrayList<>();
		for (ContentFile file : from.files(type.folder(), type.extension())) {
			D document = type.parse().apply(file);
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
			this.documents.forEach((document) -> this.type.references().accept(document, index));
		}

		SyncCounts store() {
			return this.type.store().apply(this.documents);
		}

	}

}
