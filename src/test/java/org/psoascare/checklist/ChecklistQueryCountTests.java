package org.psoascare.checklist;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Answering the checklist is computed in memory: no database query per request. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ChecklistQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void checklistPostsRunNoQuery() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();

		for (String body : new String[] { "answer=fever", "answer=pain-one-leg&answer=worse-sitting&age=40",
				"answer=saddle-numbness", "age=12", "", "age=abc" }) {
			this.mvc.perform(post("/checklist").contentType("application/x-www-form-urlencoded").content(body))
				.andExpect(status().isOk());
		}

		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(statistics.getQueryExecutionCount()).isZero();
		assertThat(statistics.getEntityLoadCount()).isZero();

		// The control: rendering a guide the first time does query, so the counter works.
		this.mvc.perform(get("/guides/self-massage")).andExpect(status().isOk());
		assertThat(statistics.getPrepareStatementCount()).isPositive();
	}

}
