package org.psoascare.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a test: a measurement, run by {@code bench/search-cost.sh} (its name matches none
 * of the build's test patterns, and it runs only when {@code psoascare.bench=true}, as
 * the other cost harnesses). For each query it prints the thread CPU time and the bytes
 * allocated by one search, averaged over rounds of 500 searches (the least and the median
 * round) after 300 warm-up ones per query, through
 * {@link SearchIndex#search(SearchQuery)} as the search page calls it, then the same for
 * the whole page, {@code GET /search?q=…} through MockMvc (which runs the request on the
 * calling thread, and the search and the filling on a search worker: both threads are
 * counted). CPU time and allocation are per thread, so other work on the machine skews
 * them far less than wall-clock time. It asserts nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "psoascare.bench", matches = "true")
class SearchCostHarness {

	/**
	 * Everyday queries, then the costliest kinds found: unknown words of 20 letters (each
	 * would get a two-edit typo automaton), four and eight of them.
	 */
	private static final List<String> QUERIES = List.of("stretch", "psoas", "back pain at night", "siatica",
			"qwertyuiopasdfghjklz zxcvbnmlkjhgfdsapoiu mnbvcxzlkjhgfdsapoiq plokmijnuhbygvtfcrdx",
			"qwertyuiopasdfghjklz zxcvbnmlkjhgfdsapoiu mnbvcxzlkjhgfdsapoiq plokmijnuhbygvtfcrdx "
					+ "abcdefghijklmnopqrst bcdefghijklmnopqrstu cdefghijklmnopqrstuv defghijklmnopqrstuvw");

	private static final int WARM_UP = Integer.getInteger("search.cost.warmup", 300);

	private static final int MEASURED = Integer.getInteger("search.cost.searches", 500);

	/**
	 * Rounds of {@link #MEASURED} searches: the least CPU time of them is the least
	 * disturbed.
	 */
	private static final int ROUNDS = Integer.getInteger("search.cost.rounds", 5);

	@Autowired
	SearchIndex index;

	@Autowired
	MockMvc mvc;

	@Test
	void measure() throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		for (String query : QUERIES) {
			for (int i = 0; i < WARM_UP; i++) {
				this.index.search(SearchQuery.of(query));
			}
		}
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"%nsearch cost (%d rounds of %d searches each, after %d warm-up)%n%-22s %11s %11s %12s %8s%n", ROUNDS,
				MEASURED, WARM_UP, "query", "CPU ms min", "CPU ms med", "KB allocated", "results"));
		for (String query : QUERIES) {
			SearchQuery parsed = SearchQuery.of(query);
			int results = this.index.search(parsed).total();
			double[] cpuMs = new double[ROUNDS];
			double kb = Double.MAX_VALUE;
			for (int round = 0; round < ROUNDS; round++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long allocated = threads.getThreadAllocatedBytes(thread);
				for (int i = 0; i < MEASURED; i++) {
					this.index.search(parsed);
				}
				cpuMs[round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED;
				kb = Math.min(kb, (threads.getThreadAllocatedBytes(thread) - allocated) / 1024.0 / MEASURED);
			}
			Arrays.sort(cpuMs);
			report.append(String.format(Locale.ROOT, "%-22s %11.3f %11.3f %12.1f %8d%n", query, cpuMs[0],
					cpuMs[ROUNDS / 2], kb, results));
		}
		report.append(String.format(Locale.ROOT,
				"whole page through MockMvc (GET /search?q=…, render included)%n%-22s %11s %11s %12s%n", "query",
				"CPU ms min", "CPU ms med", "KB allocated"));
		for (String query : QUERIES) {
			for (int i = 0; i < WARM_UP; i++) {
				page(query);
			}
			double[] cpuMs = new double[ROUNDS];
			double kb = Double.MAX_VALUE;
			for (int round = 0; round < ROUNDS; round++) {
				long[] ids = pageThreads(threads, thread);
				long cpu = sum(ids, threads::getThreadCpuTime);
				long allocated = sum(ids, threads::getThreadAllocatedBytes);
				for (int i = 0; i < MEASURED; i++) {
					page(query);
				}
				cpuMs[round] = (sum(ids, threads::getThreadCpuTime) - cpu) / 1e6 / MEASURED;
				kb = Math.min(kb, (sum(ids, threads::getThreadAllocatedBytes) - allocated) / 1024.0 / MEASURED);
			}
			Arrays.sort(cpuMs);
			report.append(
					String.format(Locale.ROOT, "%-22s %11.3f %11.3f %12.1f%n", query, cpuMs[0], cpuMs[ROUNDS / 2], kb));
		}
		System.out.println(report);
	}

	/** This thread and the search workers: where a search page's work is done. */
	private static long[] pageThreads(com.sun.management.ThreadMXBean threads, long thread) {
		return LongStream
			.concat(LongStream.of(thread),
					Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
						.filter((info) -> info != null && info.getThreadName().startsWith("search-"))
						.mapToLong(ThreadInfo::getThreadId))
			.toArray();
	}

	private static long sum(long[] ids, LongUnaryOperator measure) {
		return Arrays.stream(ids).map(measure).sum();
	}

	private void page(String query) throws Exception {
		this.mvc.perform(get("/search").param("q", query)).andExpect(status().isOk());
	}

}
