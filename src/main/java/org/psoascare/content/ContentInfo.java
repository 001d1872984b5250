package org.psoascare.content;

import java.time.Instant;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The content this instance serves, in {@code /actuator/info}: its version and when it
 * was loaded. Each instance loads content once, at start-up, and serves that snapshot
 * until it stops, so during a roll-out the version tells old instances from new.
 */
@Component
public class ContentInfo implements InfoContributor {

	private volatile String version;

	private volatile Instant loadedAt;

	@EventListener
	void onContentLoaded(ContentLoadedEvent event) {
		if (event.report() != null) {
			this.version = event.report().version();
			this.loadedAt = Instant.now();
		}
	}

	/** The version of the content loaded, 12 hex digits; null before the load. */
	public String version() {
		return this.version;
	}

	@Override
	public void contribute(Info.Builder builder) {
		if (this.version != null) {
			builder.withDetail("content", Map.of("version", this.version, "loadedAt", this.loadedAt.toString()));
		}
	}

}
