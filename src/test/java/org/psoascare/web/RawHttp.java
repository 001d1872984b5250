package org.psoascare.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request as raw bytes over a new socket and reads the whole answer, for requests
 * an HTTP client library would tidy or refuse to send.
 */
final class RawHttp {

	/**
	 * How long to wait for the server to answer or close, in milliseconds: a guard
	 * against a hang, generous for a loaded machine.
	 */
	private static final int READ_TIMEOUT_MILLIS = 30_000;

	private RawHttp() {
	}

	/**
	 * @param port the local port the application listens on
	 * @param request the request's bytes, as ISO-8859-1 characters
	 * @return everything the server sent before closing, read as ISO-8859-1
	 * @throws IOException when the connection fails or the server does not answer in time
	 */
	static String send(int port, String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(READ_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
