package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;

/**
 * A routine file, read and checked; its cautions are listed strongest first.
 *
 * @param leadInSeconds seconds to get into position before the first hold and before a
 * step in a new position
 * @param changeSidesSeconds seconds between the right side and the left
 * @param repPauseSeconds seconds between two holds of one side
 * @param equipment what the routine needs besides the floor
 */
public record RoutineDocument(ContentFile source, String slug, String title, String summary, String forWhom,
		String howOften, String introduction, int leadInSeconds, int changeSidesSeconds, int repPauseSeconds,
		List<Equipment> equipment, List<String> cautions, List<RoutineStep> steps,
		List<String> guides) implements ContentDocument {
}
