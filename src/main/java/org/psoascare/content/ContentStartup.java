package org.psoascare.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads content when the application starts, before it reports itself ready. A broken
 * content file stops start-up with a message naming the file and the field.
 */
@Component
class ContentStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ContentStartup.class);

	private final ContentLoader loader;

	private final ApplicationEventPublisher events;

	ContentStartup(ContentLoader loader, ApplicationEventPublisher events) {
		this.loader = loader;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		LoadReport report = this.loader.load();
		log.info("Content loaded: {}", report.counts());
		this.events.publishEvent(new ContentLoadedEvent(report));
	}

}
