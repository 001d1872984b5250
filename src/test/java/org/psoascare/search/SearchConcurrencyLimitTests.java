package org.psoascare.search;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search pages are worked on at most a few at a time, in the order they came; every other
 * page passes straight through.
 */
class SearchConcurrencyLimitTests {

	@Test
	void aSecondSearchWaitsUntilTheFirstIsDone() throws Exception {
		SearchConcurrencyLimit limit = new SearchConcurrencyLimit(1);
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> search(limit, () -> {
				mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
				firstInside.countDown();
				await(releaseFirst);
				inside.decrementAndGet();
			}));
			assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
			CountDownLatch secondInside = new CountDownLatch(1);
			Future<?> second = threads.submit(() -> search(limit, () -> {
				mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
				secondInside.countDown();
				inside.decrementAndGet();
			}));
			// The second is held while the first is inside ...
			assertThat(secondInside.await(200, TimeUnit.MILLISECONDS)).isFalse();
			releaseFirst.countDown();
			// ... and goes in as soon as the first is done.
			assertThat(secondInside.await(10, TimeUnit.SECONDS)).isTrue();
			first.get(10, TimeUnit.SECONDS);
			second.get(10, TimeUnit.SECONDS);
			assertThat(mostInside).hasValue(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void otherPagesNeverWait() throws Exception {
		SearchConcurrencyLimit limit = new SearchConcurrencyLimit(1);
		CountDownLatch releaseSearch = new CountDownLatch(1);
		CountDownLatch searchInside = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			threads.submit(() -> search(limit, () -> {
				searchInside.countDown();
				await(releaseSearch);
			}));
			assertThat(searchInside.await(10, TimeUnit.SECONDS)).isTrue();
			for (String path : new String[] { "/", "/guides/psoas", "/search/", "/searches", "/checklist" }) {
				MockFilterChain chain = new MockFilterChain();
				limit.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
				assertThat(chain.getRequest()).as(path).isNotNull();
			}
		}
		finally {
			releaseSearch.countDown();
			threads.shutdownNow();
		}
	}

	private static void search(SearchConcurrencyLimit limit, Runnable page) {
		try {
			limit.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(),
					(request, response) -> page.run());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
