package org.psoascare.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a content-lock timeout at start-up into one plain message instead of a stack
 * trace.
 */
class ContentLockFailureAnalyzer extends AbstractFailureAnalyzer<ContentLockTimeoutException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentLockTimeoutException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start again once the other instance has finished or been stopped. The wait is set by "
						+ "psoascare.content.lock-timeout.",
				cause);
	}

}
