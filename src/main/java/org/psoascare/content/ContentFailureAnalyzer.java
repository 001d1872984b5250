package org.psoascare.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a content error at start-up into one plain message instead of a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis("A content file breaks a rule: " + cause.getMessage(),
				"Fix the file and field named above. docs/content-authoring.md lists the rules.", cause);
	}

}
