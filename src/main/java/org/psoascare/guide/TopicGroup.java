package org.psoascare.guide;

import java.util.List;

/** One topic's heading and its guides on the guides page. */
public record TopicGroup(Topic topic, List<GuideSummary> guides) {
}
