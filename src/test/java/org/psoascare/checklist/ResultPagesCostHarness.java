package org.psoascare.checklist;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a test: the in-process measurement of a checklist result recorded in
 * {@code docs/benchmarks.md}, run only when asked for
 * ({@code mvn -o test -Dtest=ResultPagesCostHarness -Dpsoascare.bench=true}). Prints the
 * thread CPU time per result of reading and filling the page, and of a POST through
 * MockMvc, in microseconds, round by round.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "psoascare.bench", matches = "true")
class ResultPagesCostHarness {

	/** The self-care answers of {@code bench/checklist-post.lua}. */
	static final String SELF_CARE = "answer=pain-one-leg&answer=pain-below-knee&answer=worse-sitting"
			+ "&answer=long-sitting&duration=duration-under-6-weeks&trend=trend-same&age=42";

	static final String EMERGENCY = "answer=saddle-numbness&answer=fever&age=70";

	@Autowired
	MockMvc mvc;

	@Autowired
	ChecklistEvaluator evaluator;

	@Autowired
	ResultPages pages;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@Test
	void measure() throws Exception {
		for (String body : new String[] { SELF_CARE, EMERGENCY }) {
			String name = body.equals(SELF_CARE) ? "self-care" : "emergency";
			submit(body);
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			for (int round = 1; round <= 10; round++) {
				int results = 20_000;
				long cpu = this.threads.getCurrentThreadCpuTime();
				for (int i = 0; i < results; i++) {
					ChecklistEvaluator.Reading reading = this.evaluator.read(new ByteArrayInputStream(bytes));
					this.pages.render(reading.snapshot(), reading.result(), reading.form(), Map.of(),
							new MockHttpServletRequest(), new MockHttpServletResponse());
				}
				report("read + fill", name, round, cpu, results);
			}
			for (int round = 1; round <= 5; round++) {
				int posts = 4_000;
				long cpu = this.threads.getCurrentThreadCpuTime();
				for (int i = 0; i < posts; i++) {
					submit(body);
				}
				report("MockMvc POST", name, round, cpu, posts);
			}
		}
	}

	private void submit(String body) throws Exception {
		this.mvc.perform(post("/checklist").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
			.andExpect(status().isOk());
	}

	private void report(String what, String answers, int round, long cpuBefore, int times) {
		double micros = (this.threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / times;
		System.out.printf("%s, %s, round %d: %.1f us CPU each%n", what, answers, round, micros);
	}

}
