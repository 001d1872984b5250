package org.psoascare.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat quotes request data in some of its log messages (a cookie it rejects, a request
 * line it cannot parse): the first at INFO, later ones at DEBUG. Tomcat marks these
 * messages itself and has one switch for them, the system property
 * {@value #USER_DATA_CONFIG}; it is set to {@code NONE} here, before the server is
 * created, so none of them is written at any level. Tomcat reads it when it creates a
 * connection's processor and when it first parses a cookie, both later than this.
 */
@Component
class TomcatLogging implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final String USER_DATA_CONFIG = "org.apache.juli.logging.UserDataHelper.CONFIG";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		System.setProperty(USER_DATA_CONFIG, "NONE");
	}

}
