package org.psoascare.search;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs the work of search pages (the Lucene search, then filling the page) on a few
 * platform threads, one per processor, taking them in the order they came (Spring's
 * {@link ThreadPoolTaskExecutor} with its unbounded first-in-first-out queue). A search
 * page is the one page built for each request at real CPU cost. Run on the request's
 * virtual thread, such work is scheduled by luck: at 32 connections the median search
 * took 3 ms but one in ten took over 30 ms, and one in a hundred over 70 ms. On these
 * workers, the same load gave a p99 of about 8 ms, while the request's virtual thread
 * only waits (docs/benchmarks.md). Cached pages never come here.
 *
 * <p>
 * The queue is bounded ({@value #WAITING_PER_WORKER} searches waiting per worker, 64 on
 * two cores: more than the 32 connections of the benchmark, whose searches must all be
 * served, and about 50 ms of ordinary searches): a request's thread waits here, and on
 * Java 17 that is one of Tomcat's platform workers, so an unbounded queue let a flood of
 * searches hold every worker while pages that need no search queued behind them. (A first
 * bound of 4 per worker refused most searches at 32 connections.) A search that finds the
 * queue full is answered at once with 503 and {@code Retry-After: 1} (the site's 5xx
 * page).
 */
@Component
class SearchWorkers implements DisposableBean {

	/** Searches that may wait per worker before more are refused. */
	static final int WAITING_PER_WORKER = 32;

	/** Seconds a refused client is asked to wait. */
	static final int RETRY_AFTER_SECONDS = 1;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	SearchWorkers() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param workers how many searches may be worked on at once (at least 1); up to
	 * {@value #WAITING_PER_WORKER} times as many may wait
	 */
	SearchWorkers(int workers) {
		this(workers, WAITING_PER_WORKER * Math.max(1, workers));
	}

	/**
	 * @param workers how many searches may be worked on at once (at least 1)
	 * @param waiting how many may wait for a worker (at least 0) before more are refused
	 */
	SearchWorkers(int workers, int waiting) {
		this.executor.setCorePoolSize(Math.max(1, workers));
		this.executor.setMaxPoolSize(Math.max(1, workers));
		// A positive capacity gives a bounded LinkedBlockingQueue; zero a hand-over queue
		// (no waiting at all).
		this.executor.setQueueCapacity(Math.max(0, waiting));
		this.executor.setThreadNamePrefix("search-");
		this.executor.setDaemon(true);
		this.executor.initialize();
	}

	/**
	 * Runs the work on a search worker as soon as one is free, and waits for it.
	 * @param work what a search page needs done; it must not read thread-bound state
	 * (request attributes, the locale holder) of the calling thread
	 * @return what the work returned
	 * @throws RuntimeException what the work threw, unchanged, if it threw an unchecked
	 * exception
	 * @throws ResponseStatusException 503 when the calling thread is interrupted while it
	 * waits (the server is stopping); 503 with {@code Retry-After} when every worker is
	 * busy and the queue is full
	 */
	<T> T call(Callable<T> work) {
		Future<T> result;
		try {
			result = this.executor.submit(work);
		}
		catch (TaskRejectedException ex) {
			throw new Busy();
		}
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			result.cancel(true);
			Thread.currentThread().interrupt();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException unchecked) {
				throw unchecked;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("A search failed", ex.getCause());
		}
	}

	/** Every worker busy and the queue full: 503, try again in a second. */
	static final class Busy extends ResponseStatusException {

		Busy() {
			super(HttpStatus.SERVICE_UNAVAILABLE);
		}

		@Override
		public HttpHeaders getHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
			return headers;
		}

	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
