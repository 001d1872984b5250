package org.psoascare.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Raw bytes over a socket to the application, for requests an HTTP client library would
 * tidy or refuse to send, and for connections a test keeps open: a body sent slowly, a
 * second request on a kept-alive connection. The one place the tests speak HTTP by hand.
 * Every other request goes through {@link org.psoascare.TestHttp}.
 */
final class RawHttp implements Closeable {

	/**
	 * How long {@link #send} waits for the server to answer or close: a guard against a
	 * hang, generous for a loaded machine.
	 */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final Socket socket;

	private RawHttp(Socket socket) {
		this.socket = socket;
	}

	/**
	 * Sends one request on a new connection and reads everything the server sends until
	 * it closes.
	 * @param port the local port the application listens on
	 * @param request the request's bytes, as ISO-8859-1 characters
	 * @return everything the server sent before closing, read as ISO-8859-1
	 * @throws IOException when the connection fails or the server does not answer in time
	 * (30 s)
	 */
	static String send(int port, String request) throws IOException {
		try (RawHttp connection = open(port, READ_TIMEOUT)) {
			return connection.write(request).readToEnd();
		}
	}

	/**
	 * Opens a connection the caller writes to and reads from, and closes.
	 * @param port the local port the application listens on
	 * @param readTimeout how long a read waits for the server before failing
	 * @throws IOException when the connection cannot be made
	 */
	static RawHttp open(int port, Duration readTimeout) throws IOException {
		Socket socket = new Socket("localhost", port);
		try {
			socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
			return new RawHttp(socket);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	/**
	 * Sends these bytes (all or part of a request) now.
	 * @param bytes the bytes, as ISO-8859-1 characters
	 * @return this connection
	 * @throws IOException when the connection is broken
	 */
	RawHttp write(String bytes) throws IOException {
		OutputStream out = this.socket.getOutputStream();
		out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		return this;
	}

	/**
	 * Reads everything the server sends until it closes the connection.
	 * @return the bytes, as ISO-8859-1 characters
	 * @throws IOException when the read timeout passes first
	 */
	String readToEnd() throws IOException {
		return new String(this.socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
	}

	/**
	 * Reads one answer whose length the server gives in {@code Content-Length}, leaving
	 * the connection open for the next request.
	 * @return the status line and headers, ending with the blank line; the body is read
	 * and dropped
	 * @throws IOException when the server closes the connection before a whole head, or
	 * the read timeout passes
	 * @throws IllegalStateException when the answer has no {@code Content-Length}
	 */
	String readHead() throws IOException {
		InputStream in = this.socket.getInputStream();
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int c = in.read();
			if (c < 0) {
				throw new IOException("Connection closed before an answer: " + head);
			}
			head.append((char) c);
		}
		int length = Integer.parseInt(head.toString()
			.lines()
			.filter((line) -> line.regionMatches(true, 0, "Content-Length:", 0, 15))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No Content-Length: " + head))
			.substring(15)
			.strip());
		in.readNBytes(length);
		return head.toString();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
