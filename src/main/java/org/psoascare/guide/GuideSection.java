package org.psoascare.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A second-level heading of a guide, for its "on this page" list. */
@Embeddable
public record GuideSection(@Column(name = "anchor") String anchor, @Column(name = "title") String title) {
}
