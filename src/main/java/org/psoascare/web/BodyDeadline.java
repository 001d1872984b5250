package org.psoascare.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.catalina.connector.RequestFacade;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Reads every request body in full, without holding a worker thread, before anything else
 * sees the request, and within a total deadline ({@code psoascare.web.body-deadline}, 5 s
 * by default, shorter than Tomcat's read timeout). Tomcat's read timeout starts again
 * with every byte, so a client sending one byte a second could hold a worker for as long
 * as it liked; sixteen such clients held all the workers. Here the body is read with the
 * Servlet API's non-blocking input (the worker is free between bytes) and a client that
 * has not sent its whole body by the deadline gets a 408 page and its connection closed.
 * This is the one place the body limit is enforced, for both framings: a body declared
 * longer than {@link RequestSizeLimit#MAX_BODY_BYTES} gets a 413 before anything reads it
 * (with Tomcat or without, as under MockMvc), and a chunked one gets a 413 as soon as it
 * passes the limit, with its connection closed. A body that cannot be read as framed (a
 * chunk size that is not hexadecimal, negative or too long, a chunk longer or shorter
 * than its size) gets a 400 and the connection closed: Tomcat reports it as a read
 * failure that would otherwise become a 500. A body with a {@code Content-Encoding}
 * (gzip, say) gets a 415: nothing here decodes one.
 * <p>
 * Headers are read by Tomcat before any filter runs, without a worker thread, but with no
 * total deadline either: a buffering proxy in front (docs/operations.md) bounds both.
 */
@Component
class BodyDeadline extends OncePerRequestFilter {

	/** Tomcat's read timeout when {@code server.tomcat.connection-timeout} is not set. */
	private static final Duration TOMCAT_READ_TIMEOUT = Duration.ofSeconds(60);

	private static final String BODY = BodyDeadline.class.getName() + ".body";

	private static final String OUTCOME = BodyDeadline.class.getName() + ".outcome";

	private final Duration deadline;

	/**
	 * @param settings the longest a client may take to send its whole body
	 * ({@code psoascare.web.body-deadline})
	 * @param tomcat Tomcat's settings: its read timeout (silence between bytes,
	 * {@code server.tomcat.connection-timeout}, Tomcat's 60 s when not set) must be
	 * longer: a silent client that met it first would get a 500, not a 408
	 * @throws IllegalStateException when the deadline is not shorter than the read
	 * timeout
	 */
	BodyDeadline(WebSettings settings, ObjectProvider<TomcatServerProperties> tomcat) {
		Duration deadline = settings.web().bodyDeadline();
		TomcatServerProperties server = tomcat.getIfAvailable();
		Duration readTimeout = (server != null && server.getConnectionTimeout() != null) ? server.getConnectionTimeout()
				: TOMCAT_READ_TIMEOUT;
		if (deadline.compareTo(readTimeout) >= 0) {
			throw new IllegalStateException("psoascare.web.body-deadline (" + deadline.toMillis()
					+ " ms) must be shorter than server.tomcat.connection-timeout (" + readTimeout.toMillis() + " ms)");
		}
		this.deadline = deadline;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(OUTCOME) != null) {
			afterReading(request, response, chain);
			return;
		}
		boolean hasBody = request.getContentLengthLong() > 0
				|| request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		if (hasBody && coding != null && !coding.isBlank() && !"identity".equalsIgnoreCase(coding.strip())
				&& request.getDispatcherType() == DispatcherType.REQUEST) {
			// No address reads a compressed body: it would be read as if it were plain.
			response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
			return;
		}
		if (request.getContentLengthLong() > RequestSizeLimit.MAX_BODY_BYTES
				&& request.getDispatcherType() == DispatcherType.REQUEST) {
			// Declared too long: refused before anything reads it.
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		// MockMvc's requests have no non-blocking input; Tomcat's do.
		boolean inTomcat = WebUtils.getNativeRequest(request, RequestFacade.class) != null;
		if (!hasBody || !inTomcat || request.getDispatcherType() != DispatcherType.REQUEST) {
			chain.doFilter(request, response);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(this.deadline.toMillis());
		Reader reader = new Reader(async, request.getInputStream());
		async.addListener(reader);
		request.getInputStream().setReadListener(reader);
	}

	private void afterReading(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Outcome outcome = (Outcome) request.getAttribute(OUTCOME);
		request.removeAttribute(OUTCOME);
		switch (outcome) {
			case READ -> chain.doFilter(new BufferedBody(request, (byte[]) request.getAttribute(BODY)), response);
			case TOO_LARGE -> {
				response.setHeader(HttpHeaders.CONNECTION, "close");
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			case TOO_SLOW -> {
				response.setHeader(HttpHeaders.CONNECTION, "close");
				response.sendError(HttpStatus.REQUEST_TIMEOUT.value());
			}
			case MALFORMED -> {
				// Tomcat keeps its read failure as the error, which its error handling
				// would answer with 500; the fault is the client's framing.
				request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
				response.setHeader(HttpHeaders.CONNECTION, "close");
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			case FAILED -> {
				// The client went away mid-body: nobody to answer.
			}
		}
	}

	private enum Outcome {

		READ, TOO_LARGE, TOO_SLOW, MALFORMED, FAILED

	}

	/**
	 * Collects the body as it arrives; whichever of done, too large or deadline comes
	 * first wins.
	 */
	private static final class Reader implements ReadListener, AsyncListener {

		private final AsyncContext async;

		private final ServletInputStream in;

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private final byte[] buffer = new byte[4096];

		private final AtomicBoolean decided = new AtomicBoolean();

		Reader(AsyncContext async, ServletInputStream in) {
			this.async = async;
			this.in = in;
		}

		@Override
		public void onDataAvailable() throws IOException {
			try {
				while (this.in.isReady() && !this.in.isFinished()) {
					int read = this.in.read(this.buffer);
					if (read < 0) {
						break;
					}
					this.body.write(this.buffer, 0, read);
					if (this.body.size() > RequestSizeLimit.MAX_BODY_BYTES) {
						decide(Outcome.TOO_LARGE);
						return;
					}
				}
			}
			catch (ClientAbortException ex) {
				throw ex;
			}
			catch (IOException ex) {
				// Tomcat's BadRequestException: the body's framing is broken.
				decide(Outcome.MALFORMED);
			}
		}

		@Override
		public void onAllDataRead() {
			this.async.getRequest().setAttribute(BODY, this.body.toByteArray());
			decide(Outcome.READ);
		}

		@Override
		public void onError(Throwable failure) {
			decide((failure instanceof ClientAbortException || !(failure instanceof IOException)) ? Outcome.FAILED
					: Outcome.MALFORMED);
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			decide(Outcome.TOO_SLOW);
		}

		@Override
		public void onError(AsyncEvent event) {
			decide(Outcome.FAILED);
		}

		@Override
		public void onComplete(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

		private void decide(Outcome outcome) {
			if (this.decided.compareAndSet(false, true)) {
				this.async.getRequest().setAttribute(OUTCOME, outcome);
				if (outcome == Outcome.FAILED) {
					this.async.complete();
				}
				else {
					this.async.dispatch();
				}
			}
		}

	}

	/** The request with its body already read into memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] into, int offset, int length) {
					return bytes.read(into, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("The body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
