package org.psoascare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Where content files are read from: the classpath in the application, a folder in tests.
 * Only one folder per kind is listed, never the whole classpath.
 */
public final class ContentSource {

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final String location;

	/**
	 * @param location a Spring resource location such as {@code classpath:content/}
	 */
	public ContentSource(String location) {
		this.location = location.endsWith("/") ? location : location + "/";
	}

	public List<ContentFile> files(String folder, String extension) {
		try {
			Resource[] resources = this.resolver.getResources(this.location + folder + "/*." + extension);
			List<ContentFile> files = new ArrayList<>();
			for (Resource resource : resources) {
				String path = folder + "/" + resource.getFilename();
				files.add(new ContentFile(path, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			files.sort(Comparator.comparing(ContentFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read content from " + this.location + folder, ex);
		}
	}

	@Override
	public String toString() {
		return this.location;
	}

}
