package org.psoascare.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web module's settings, bound once from {@code psoascare.*}; each default is here
 * and only here (or, for the site's, in {@link SiteProperties}).
 *
 * @param site {@code psoascare.site.*}: what every page shows, where the site is
 * published
 * @param pageCache {@code psoascare.page-cache.*}
 * @param security {@code psoascare.security.*}
 * @param drainPeriod {@code psoascare.drain-period}: on SIGTERM, how long the instance
 * keeps serving, not ready, before it stops (10 s)
 * @param web {@code psoascare.web.*}
 */
@ConfigurationProperties("psoascare")
record WebSettings(@DefaultValue @NestedConfigurationProperty SiteProperties site,
		@DefaultValue PageCacheSettings pageCache, @DefaultValue Security security,
		@DefaultValue("10s") Duration drainPeriod, @DefaultValue Web web) {

	/**
	 * @param maxBytes {@code psoascare.page-cache.max-bytes}: the most memory, in bytes,
	 * that pages with query parameters may hold (4 MB); pages without are one per piece
	 * of content
	 */
	public record PageCacheSettings(@DefaultValue("4MB") DataSize maxBytes) {
	}

	/**
	 * @param hsts {@code psoascare.security.hsts}: send Strict-Transport-Security, for a
	 * deployment behind TLS (off)
	 */
	public record Security(@DefaultValue("false") boolean hsts) {
	}

	/**
	 * @param bodyDeadline {@code psoascare.web.body-deadline}: the longest a client may
	 * take to send a whole request body (5 s); shorter than
	 * {@code server.tomcat.connection-timeout}
	 */
	public record Web(@DefaultValue("5s") Duration bodyDeadline) {
	}

}
