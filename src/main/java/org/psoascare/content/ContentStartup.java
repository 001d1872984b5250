package org.psoascare.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads content while the application starts, before the web server opens its port (the
 * web server starts in a later lifecycle phase). So no request ever sees a site without
 * its content, and readiness stays down until content is in. A broken content file stops
 * start-up with a message naming the file and the field.
 */
@Component
class ContentStartup implements SmartLifecycle {

	/**
	 * Well before the web server, which starts near {@link SmartLifecycle#DEFAULT_PHASE}.
	 */
	static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(ContentStartup.class);

	private final ContentLoader loader;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ContentStartup(ContentLoader loader, ApplicationEventPublisher events) {
		this.loader = loader;
		this.events = events;
	}

	@Override
	public void start() {
		LoadReport report = this.loader.load();
		log.info("Content loaded: {}", report.counts());
		this.events.publishEvent(new ContentLoadedEvent(report));
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
