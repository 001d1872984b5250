package org.psoascare.stretch;

import java.util.List;

/** What a list or a recommendation shows of a stretch. */
public record StretchCard(String slug, String name, String summary, StretchKind kind, List<TargetArea> targets,
		Position position, List<Equipment> equipment, String illustrationAlt) {

	static StretchCard of(Stretch stretch) {
		return new StretchCard(stretch.getSlug(), stretch.getName(), stretch.getSummary(), stretch.getKind(),
				stretch.getTargets(), stretch.getPosition(), stretch.getEquipment(), stretch.getIllustrationAlt());
	}

}
