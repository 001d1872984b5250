package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How much content the project has, counted from its own files in
 * {@code src/main/resources/content} by folder and extension, as the loader finds them. A
 * test that expects "every guide" or "every stretch" asks here instead of writing a
 * number down, so adding or removing a content file never breaks a test.
 */
public final class RealContent {

	/** The content folder, relative to the project folder that Maven runs tests in. */
	public static final Path ROOT = Path.of("src/main/resources/content");

	private RealContent() {
	}

	/** The number of guide files ({@code guides/*.md}). */
	public static int guides() {
		return count("guides", "md");
	}

	/** The number of stretch files ({@code stretches/*.yaml}). */
	public static int stretches() {
		return count("stretches", "yaml");
	}

	/** The number of routine files ({@code routines/*.yaml}). */
	public static int routines() {
		return count("routines", "yaml");
	}

	/** The number of plan files ({@code plans/*.yaml}). */
	public static int plans() {
		return count("plans", "yaml");
	}

	/** The number of triage rule files ({@code checklist/rules/*.yaml}). */
	public static int rules() {
		return count("checklist/rules", "yaml");
	}

	/**
	 * The number of files in a content folder with this extension.
	 * @param folder the folder under the content root, e.g. {@code checklist/rules}
	 * @param extension the extension without a dot, e.g. {@code yaml}
	 * @throws UncheckedIOException when the folder cannot be listed
	 */
	public static int count(String folder, String extension) {
		return files(folder, extension).size();
	}

	/**
	 * The number of files in a content folder with this extension that give a top-level
	 * field, i.e. have a line starting with {@code field:}.
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static int countWithField(String folder, String extension, String field) {
		return (int) files(folder, extension).stream()
			.filter((file) -> read(file).lines().anyMatch((line) -> line.startsWith(field + ":")))
			.count();
	}

	/**
	 * The files in a content folder with this extension, sorted by name.
	 * @throws UncheckedIOException when the folder cannot be listed
	 */
	public static List<Path> files(String folder, String extension) {
		try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
			return files.filter((file) -> file.getFileName().toString().endsWith("." + extension)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
