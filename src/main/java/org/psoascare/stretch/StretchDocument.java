package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;

/** A stretch file, read and checked. */
record StretchDocument(ContentFile source, String slug, String name, StretchKind kind, List<TargetArea> targets,
		Position position, List<Equipment> equipment, String summary, String why, List<String> steps, int holdSeconds,
		int reps, Sides sides, String breathing, List<String> cautions, String easier, String harder,
		String illustrationAlt, List<String> guides) implements ContentDocument {
}
