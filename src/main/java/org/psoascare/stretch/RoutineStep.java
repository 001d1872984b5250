package org.psoascare.stretch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a routine as written in its file. Hold and reps are {@code null} when the
 * step uses the stretch's own.
 */
@Embeddable
public record RoutineStep(@Column(name = "stretch_slug") String stretchSlug,
		@Column(name = "hold_seconds") Integer holdSeconds, @Column(name = "reps") Integer reps,
		@Column(name = "rest_seconds") int restSeconds) {
}
