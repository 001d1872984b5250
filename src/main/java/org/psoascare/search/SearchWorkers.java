package org.psoascare.search;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs the work of search pages (the Lucene search, then joining the page) on a few
 * platform threads, one per processor, taking them in the order they came (Spring's
 * {@link ThreadPoolTaskExecutor} with its unbounded first-in-first-out queue). A search
 * page is the one page built for each request at real CPU cost. Run on the request's
 * virtual thread, such work is scheduled by luck: at 32 connections the median search
 * took 3 ms but one in ten took over 30 ms, and one in a hundred over 70 ms. On these
 * workers, the same load gave a p99 of about 8 ms, while the request's virtual thread
 * only waits (docs/benchmarks.md). Cached pages never come here.
 */
@Component
class SearchWorkers implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	SearchWorkers() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param workers how many searches may be worked on at once (at least 1)
	 */
	SearchWorkers(int workers) {
		this.executor.setCorePoolSize(Math.max(1, workers));
		this.executor.setMaxPoolSize(Math.max(1, workers));
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
	 * waits (the server is stopping)
	 */
	<T> T call(Callable<T> work) {
		Future<T> result = this.executor.submit(work);
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

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
