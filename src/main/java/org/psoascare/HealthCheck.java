package org.psoascare;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check, for images without curl or wget: exits 0 when this
 * instance's readiness probe answers 200, else 1. Run with
 * {@code java -cp /app/psoas-care.jar org.psoascare.HealthCheck}; it reads the port from
 * {@code SERVER_PORT} (8080 when unset) and waits at most 2 seconds.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		try {
			HttpURLConnection connection = (HttpURLConnection) URI
				.create("http://localhost:" + port + "/actuator/health/readiness")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(2000);
			int status = connection.getResponseCode();
			connection.disconnect();
			System.exit((status == 200) ? 0 : 1);
		}
		catch (Exception ex) {
			System.exit(1);
		}
	}

}
