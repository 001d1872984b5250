package org.psoascare.guide;

import java.time.LocalDate;
import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;
import org.psoascare.content.Markdown;

/**
 * A guide file, read and checked, with its body rendered.
 *
 * @param contentHash the file's fingerprint with the placeholder values it was rendered
 * with, so a changed emergency number rewrites the stored page
 */
public record GuideDocument(ContentFile source, String contentHash, String slug, String title, String summary,
		Topic topic, LocalDate reviewed, LocalDate nextReview, List<GuideSource> sources, List<String> related,
		List<String> stretches, List<String> routines, Markdown.Rendered body) implements ContentDocument {
}
