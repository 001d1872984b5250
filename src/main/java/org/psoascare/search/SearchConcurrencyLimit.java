package org.psoascare.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most one search page per processor be worked on at a time, the rest waiting in
 * the order they came (a fair semaphore). A search page is the one page that is built for
 * each request and costs real CPU time (Lucene, then rendering); under virtual threads,
 * many of them at once were served by the scheduler's luck, and a few waited seconds
 * (docs/benchmarks.md). Cached pages never wait here.
 */
@Component
class SearchConcurrencyLimit extends OncePerRequestFilter {

	private final Semaphore permits;

	SearchConcurrencyLimit() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param permits how many search pages may be worked on at once (at least 1)
	 */
	SearchConcurrencyLimit(int permits) {
		this.permits = new Semaphore(Math.max(1, permits), true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/search".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

}
