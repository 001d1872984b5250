package org.psoascare.web;

/**
 * The longest request body this site accepts, for every form and the JSON API alike. It
 * is enforced in one place, {@link BodyDeadline} (413 for a longer body, whether its
 * length is declared or it is chunked); readers of a body that {@code BodyDeadline} has
 * let through (the checklist's form reader) may rely on it.
 */
public final class RequestSizeLimit {

	/** The longest request body, in bytes: 16 KB. */
	public static final int MAX_BODY_BYTES = 16 * 1024;

	private RequestSizeLimit() {
	}

}
