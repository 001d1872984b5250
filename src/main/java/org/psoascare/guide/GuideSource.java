package org.psoascare.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import org.psoascare.content.WebAddress;

/** A source a guide cites, shown as a numbered reference. */
@Embeddable
public record GuideSource(@NotBlank @Column(name = "title") String title,
		@NotBlank @Column(name = "publisher") String publisher,
		@NotBlank @WebAddress @Column(name = "url") String url) {
}
