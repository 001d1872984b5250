package org.psoascare.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query that names a kind ranks that kind first when its other words match it; plans
 * are in the index and, unless asked for, come after the guide on the same words. Counts
 * come from the content.
 */
@SpringBootTest
class SearchByKindTests {

	@Autowired
	SearchIndex index;

	private List<SearchHit> hits(String typed) {
		return this.index.search(SearchQuery.of(typed)).hits();
	}

	@Test
	void aKindAloneListsThatKindFirst() {
		List<SearchHit> plans = hits("plans");
		assertThat(plans).hasSizeGreaterThanOrEqualTo(Math.min(RealContent.plans(), 10));
		assertThat(plans.subList(0, Math.min(RealContent.plans(), 10)))
			.allSatisfy((hit) -> assertThat(hit.kind()).isEqualTo(SearchHit.Kind.PLAN));
		List<SearchHit> routines = hits("routine");
		assertThat(routines.subList(0, Math.min(RealContent.routines(), 10)))
			.allSatisfy((hit) -> assertThat(hit.kind()).isEqualTo(SearchHit.Kind.ROUTINE));
	}

	@Test
	void theSameWordsFindEachKindFirstWhenItIsNamed() {
		assertThat(hits("sciatica plan").get(0).kind()).isEqualTo(SearchHit.Kind.PLAN);
		assertThat(hits("sciatica routine").get(0).kind()).isEqualTo(SearchHit.Kind.ROUTINE);
		assertThat(hits("sciatica guide").get(0).kind()).isEqualTo(SearchHit.Kind.GUIDE);
		assertThat(hits("sciatica stretches").get(0).kind()).isEqualTo(SearchHit.Kind.STRETCH);
		assertThat(hits("sciatica").get(0).kind()).isEqualTo(SearchHit.Kind.GUIDE);
	}

	@Test
	void everyPlanIsFoundByItsTitleAndLeadsToItsPage() {
		for (java.nio.file.Path file : RealContent.files("plans", "yaml")) {
			String slug = file.getFileName().toString().replace(".yaml", "");
			List<SearchHit> found = hits(slug.replace('-', ' '));
			assertThat(found).as(slug).isNotEmpty();
			assertThat(found.get(0).path()).as(slug).isEqualTo("/plans/" + slug);
		}
	}

}
