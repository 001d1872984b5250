package org.psoascare.web;

import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before they reach the application (a malformed address, an
 * oversized header) get a bare status page: no server name, no version, no report.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			ErrorReportValve valve = new ErrorReportValve();
			valve.setShowServerInfo(false);
			valve.setShowReport(false);
			context.getParent().getPipeline().addValve(valve);
		});
	}

}
