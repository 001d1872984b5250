package org.psoascare.stretch;

import java.util.List;

import org.psoascare.content.ContentDocument;
import org.psoascare.content.ContentFile;

/**
 * A stretch file, read and checked.
 *
 * @param seconds the length of one hold, or for a move with no hold (a nerve glide) the
 * time one slow rep takes
 * @param holds whether the move is held at the end (false for glides and flowing moves)
 * @param cue the key step in a few words, shown while the timer runs
 * @param movements movements that are unsafe for some people; each has its caution
 */
public record StretchDocument(ContentFile source, String slug, String name, StretchKind kind, List<TargetArea> targets,
		Position position, List<Equipment> equipment, String summary, String why, List<String> steps, String cue,
		int seconds, boolean holds, int reps, Sides sides, String breathing, List<String> cautions,
		List<Movement> movements, String easier, String harder, String illustrationAlt,
		List<String> guides) implements ContentDocument {
}
