package org.psoascare.guide;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.psoascare.content.ContentLoader;
import org.psoascare.content.ContentSlice;
import org.psoascare.content.RealContent;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's queries against the real content, loaded into H2. */
@ContentSlice
public class GuideRepositoryTests {

	@Autowired
	ContentLoader loader;

	@Autowired
	GuideRepository guides;

	@Test
	void findsGuidesBySlugWithTheirSourcesAndSections() {
		this.loader.load();

		Guide sciatica = this.guides.findBySlug("sciatica").orElseThrow();

		assertThat(sciatica.getTopic()).isEqualTo(Topic.SCIATICA);
		assertThat(sciatica.getSources()).isNotEmpty()
			.allSatisfy((source) -> assertThat(source.url()).startsWith("http"));
		assertThat(sciatica.getSections()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(sciatica.getBodyHtml()).contains("<h2 id=\"" + sciatica.getSections().get(0).anchor() + "\">");
		assertThat(this.guides.findBySlug("no-such-guide")).isEmpty();
	}

	@Test
	void listsEveryGuideByTitleAndFindsSeveralBySlug() {
		this.loader.load();

		List<String> titles = this.guides.findAllByOrderByTitle().stream().map(Guide::getTitle).toList();

		assertThat(titles).hasSize(RealContent.guides()).isSorted();
		assertThat(this.guides.findBySlugIn(List.of("psoas", "sciatica", "missing"))).extracting(Guide::getSlug)
			.containsExactlyInAnyOrder("psoas", "sciatica");
	}

}
