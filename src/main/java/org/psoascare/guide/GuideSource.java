package org.psoascare.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A source a guide cites, shown as a numbered reference. */
@Embeddable
public record GuideSource(@Column(name = "title") String title, @Column(name = "publisher") String publisher,
		@Column(name = "url") String url) {
}
