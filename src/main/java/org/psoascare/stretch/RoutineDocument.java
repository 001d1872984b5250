package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;

/** A routine file, read and checked; its cautions are listed strongest first. */
public record RoutineDocument(ContentFile source, String slug, String title, String summary, String forWhom,
		String howOften, String introduction, List<String> cautions, List<RoutineStep> steps,
		List<String> guides) implements ContentDocument {
}
