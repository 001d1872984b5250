package org.psoascare.content;

import java.time.Duration;

/**
 * Another instance held the content lock for longer than this instance would wait:
 * probably frozen part-way through a load. Start-up stops with one plain message.
 */
public class ContentLockTimeoutException extends RuntimeException {

	ContentLockTimeoutException(Duration waited, Throwable cause) {
		super("Another instance has held the content lock for more than " + waited.toSeconds()
				+ " s, so this one stopped waiting. If no other instance is loading content, look for a stuck "
				+ "database session holding a lock on content_lock.", cause);
	}

}
