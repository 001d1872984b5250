package org.psoascare.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The content settings, {@code psoascare.content.*}: where content files and stretch
 * pictures are read from, and how long a load waits for another instance. Each default is
 * written here once; the README's configuration table is checked against them.
 *
 * @param location where content files are read from: a Spring resource location ending in
 * a folder, such as "classpath:content/" or "file:/srv/content/"; a trailing "/" is added
 * when missing
 * @param lockTimeout how long a load waits for another instance's load to finish before
 * start-up fails (ContentLockTimeoutException); a duration such as "60s"
 * @param idleTimeout on PostgreSQL, how long a loading session may sit idle inside its
 * transaction before the server ends it and frees the content lock, so that a frozen
 * instance cannot hold the lock for ever; a duration, far longer than any pause in a
 * healthy load
 * @param illustrations where stretch pictures (one SVG per stretch, named by its slug)
 * are read from: a Spring resource location ending in a folder; a trailing "/" is added
 * when missing
 */
@ConfigurationProperties("psoascare.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("60s") Duration lockTimeout, @DefaultValue("60s") Duration idleTimeout,
		@DefaultValue("classpath:static/img/stretches/") String illustrations) {

	public ContentProperties {
		location = asFolder(location);
		illustrations = asFolder(illustrations);
	}

	private static String asFolder(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	/**
	 * The content files at {@link #location()}.
	 * @return a source reading from that location
	 */
	public ContentSource source() {
		return new ContentSource(this.location);
	}

}
