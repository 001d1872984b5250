package org.psoascare.checklist;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentLoadedEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory checklist is built from the files the load parsed, not read back from the
 * store, and only from a load that committed.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the web tests
class ChecklistLoadTests {

	@Autowired
	Checklist checklist;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theChecklistHoldsTheFilesAsParsedInFormAndLevelOrder() {
		assertThat(this.checklist.snapshot().questions())
			.isEqualTo(RealRules.questions().stream().sorted(Comparator.comparingInt(QuestionGroup::order)).toList());
		assertThat(this.checklist.snapshot().triage().rules()).isEqualTo(RealRules.rules()
			.stream()
			.sorted(Comparator.comparing(TriageRule::level).thenComparing(TriageRule::slug))
			.toList());
	}

	@Test
	void aLoadThatRollsBackLeavesTheChecklistAsItWas() {
		Checklist.Snapshot before = this.checklist.snapshot();
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new QuestionGroupContent.Stored(List.of()));
			this.events.publishEvent(new TriageRuleContent.Stored(List.of()));
			status.setRollbackOnly();
		});
		// Only the checklist rebuilds: the page cache and others keep what they hold.
		this.checklist.onContentLoaded(new ContentLoadedEvent(null));
		assertThat(this.checklist.snapshot()).isNotSameAs(before);
		assertThat(this.checklist.snapshot().questions()).isNotEmpty().isEqualTo(before.questions());
		assertThat(this.checklist.snapshot().triage().rules()).isNotEmpty().isEqualTo(before.triage().rules());
	}

}
