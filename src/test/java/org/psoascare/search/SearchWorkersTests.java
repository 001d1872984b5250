package org.psoascare.search;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Search pages are worked on by a few workers, at most one per worker at a time, off the
 * request's thread; the request gets back what the work returned or threw.
 */
class SearchWorkersTests {

	private final SearchWorkers workers = new SearchWorkers(1);

	private final ExecutorService requests = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.requests.shutdownNow();
		this.workers.destroy();
	}

	@Test
	void aSecondSearchWaitsUntilTheFirstIsDone() throws Exception {
		CountDownLatch firstInside = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CountDownLatch secondInside = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		Future<String> first = this.requests.submit(() -> this.workers.call(() -> {
			mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
			firstInside.countDown();
			releaseFirst.await(10, TimeUnit.SECONDS);
			inside.decrementAndGet();
			return "first";
		}));
		assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
		Future<String> second = this.requests.submit(() -> this.workers.call(() -> {
			mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
			secondInside.countDown();
			inside.decrementAndGet();
			return "second";
		}));
		// The second is held while the first is being worked on ...
		assertThat(secondInside.await(200, TimeUnit.MILLISECONDS)).isFalse();
		releaseFirst.countDown();
		// ... and is worked on as soon as the first is done.
		assertThat(secondInside.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(mostInside).hasValue(1);
	}

	@Test
	void theWorkRunsOnASearchWorkerNotOnTheRequestsThread() {
		Thread request = Thread.currentThread();

		Thread worker = this.workers.call(Thread::currentThread);

		assertThat(worker).isNotSameAs(request);
		assertThat(worker.getName()).startsWith("search-");
	}

	@Test
	void whatTheWorkThrowsReachesTheRequestUnchanged() {
		IllegalArgumentException thrown = new IllegalArgumentException("thrown by the work");

		assertThatIllegalArgumentException().isThrownBy(() -> this.workers.call(() -> {
			throw thrown;
		})).isSameAs(thrown);
	}

	@Test
	void aRequestInterruptedWhileItWaitsGetsServiceUnavailableAndItsWorkIsCancelled() throws Exception {
		CountDownLatch workerBusy = new CountDownLatch(1);
		CountDownLatch releaseWorker = new CountDownLatch(1);
		this.requests.submit(() -> this.workers.call(() -> {
			workerBusy.countDown();
			releaseWorker.await(10, TimeUnit.SECONDS);
			return null;
		}));
		assertThat(workerBusy.await(10, TimeUnit.SECONDS)).isTrue();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicInteger ran = new AtomicInteger();
		Thread waiting = new Thread(() -> {
			try {
				this.workers.call(ran::incrementAndGet);
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		});
		waiting.start();
		waiting.interrupt();
		waiting.join(10_000);
		releaseWorker.countDown();
		// The worker is free again: a later search still runs.
		assertThat(this.workers.call(() -> "after")).isEqualTo("after");

		assertThat(failure.get()).isInstanceOfSatisfying(ResponseStatusException.class,
				(ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
		assertThat(ran).as("the cancelled work never ran").hasValue(0);
	}

	@Test
	void aSearchThatFindsTheQueueFullIsRefusedAtOnceWithRetryAfter() throws Exception {
		SearchWorkers noQueue = new SearchWorkers(1, 0);
		CountDownLatch workerBusy = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger ran = new AtomicInteger();
		try {
			Future<String> running = this.requests.submit(() -> noQueue.call(() -> {
				workerBusy.countDown();
				release.await(10, TimeUnit.SECONDS);
				return "running";
			}));
			assertThat(workerBusy.await(10, TimeUnit.SECONDS)).isTrue();

			assertThatExceptionOfType(ResponseStatusException.class)
				.isThrownBy(() -> noQueue.call(ran::incrementAndGet))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("1");
				});
			assertThat(ran).as("the refused work never ran").hasValue(0);
			release.countDown();
			assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("running");
			assertThat(servedOnceFree(noQueue)).as("served again once the worker is free").isEqualTo("later");
		}
		finally {
			release.countDown();
			noQueue.destroy();
		}
	}

	/**
	 * A search on a pool with no queue, once its one worker is free. The worker hands
	 * back its answer a moment before it is back at the hand-over queue, so a search sent
	 * in that moment is refused (as it should be): try again until it is served, for at
	 * most 10 s.
	 */
	private static String servedOnceFree(SearchWorkers noQueue) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (true) {
			try {
				return noQueue.call(() -> "later");
			}
			catch (ResponseStatusException busy) {
				assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(System.nanoTime()).as("served within 10 s of the worker finishing").isLessThan(deadline);
				Thread.yield();
			}
		}
	}

	@Test
	void atLeastOneWorker() {
		SearchWorkers none = new SearchWorkers(0);
		try {
			assertThat(none.call(() -> "worked")).isEqualTo("worked");
		}
		finally {
			none.destroy();
		}
	}

}
