package org.psoascare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The one HTTP client of the tests that talk to a running server
 * ({@code @SpringBootTest(webEnvironment = RANDOM_PORT)} or an application started by
 * hand): the JDK's {@link HttpClient}, which sends what it is asked, follows no redirect
 * and decodes no body, so a test sees the status, headers and bytes the server wrote
 * (gzip included) and asserts on the JDK's own {@link HttpResponse}.
 * <p>
 * Each instance holds its own client (its own connections), as a test class's field:
 * <pre>{@code
 * &#64;LocalServerPort
 * int port;
 *
 * private final TestHttp http = new TestHttp(() -> this.port);
 * }</pre> The port is read at each request, so the field can be set before Spring injects
 * it. Failures to connect or read are unchecked. Requests a client library would tidy or
 * refuse (bad versions, odd headers, bodies sent slowly) go through {@code web.RawHttp}
 * instead.
 */
public final class TestHttp {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final IntSupplier port;

	/**
	 * @param port the server's port, read when a request is made
	 */
	public TestHttp(IntSupplier port) {
		this.port = port;
	}

	/**
	 * @param port the server's port
	 * @return a client for {@code http://localhost:<port>}
	 */
	public static TestHttp on(int port) {
		return new TestHttp(() -> port);
	}

	/**
	 * @param pathAndQuery a path starting with "/", with any query already encoded
	 * @return the absolute address on the server
	 */
	public URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port.getAsInt() + pathAndQuery);
	}

	/**
	 * @param pathAndQuery a path starting with "/", with any query already encoded
	 * @return a request to that address, to add headers, a method or a body to
	 */
	public HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(uri(pathAndQuery));
	}

	/**
	 * GETs an address.
	 * @param pathAndQuery a path starting with "/", with any query already encoded
	 * @param headers header names and values, alternately
	 * @return the response, its body decoded as the Content-Type says (UTF-8 if it says
	 * nothing)
	 */
	public HttpResponse<String> get(String pathAndQuery, String... headers) {
		return send(withHeaders(request(pathAndQuery), headers));
	}

	/**
	 * GETs an address, keeping the body's bytes as they came.
	 * @param pathAndQuery a path starting with "/", with any query already encoded
	 * @param headers header names and values, alternately
	 * @return the response with its body's bytes
	 */
	public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
		return send(withHeaders(request(pathAndQuery), headers).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends a request with a body in one go.
	 * @param method the method, such as {@code POST}
	 * @param pathAndQuery a path starting with "/", with any query already encoded
	 * @param contentType the body's Content-Type, or null for none
	 * @param body the body, sent as UTF-8, or null for none
	 * @return the response, its body as text
	 */
	public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body) {
		HttpRequest.Builder request = request(pathAndQuery).method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	/**
	 * Sends a form, as a browser does.
	 * @param pathAndQuery a path starting with "/"
	 * @param form the {@code application/x-www-form-urlencoded} body, already encoded
	 * @return the response, its body as text
	 */
	public HttpResponse<String> postForm(String pathAndQuery, String form) {
		return send("POST", pathAndQuery, "application/x-www-form-urlencoded", form);
	}

	/**
	 * @param request a request made with {@link #request(String)} or by hand
	 * @return the response, its body as text
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * @param request any request
	 * @param body how to read the body
	 * @param <T> the body's type
	 * @return the response
	 * @throws UncheckedIOException when the request cannot be sent or the response read
	 */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.client.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + request.uri(), ex);
		}
	}

	private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
		if (headers.length % 2 != 0) {
			throw new IllegalArgumentException("Headers come as names and values, alternately");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

}
