package org.psoascare.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's words ({@code messages/*.properties}) are part of the checklist result page
 * and the search page, which are rendered once and compiled as Mustache templates
 * ({@link FragmentRenderer#compose}). A message holding {@code {{} or {@code }}} would
 * become a tag and make every result fail, emergencies included; this fails first.
 */
class MessagesTests {

	@Test
	void noMessageHoldsATemplateTag() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
		assertThat(bundles).isNotEmpty();
		List<String> tagged = new ArrayList<>();
		for (Resource bundle : bundles) {
			Properties messages = new Properties();
			try (InputStream in = bundle.getInputStream()) {
				messages.load(in);
			}
			messages.forEach((key, text) -> {
				if (text.toString().contains("{{") || text.toString().contains("}}")) {
					tagged.add(bundle.getFilename() + ": " + key);
				}
			});
		}
		assertThat(tagged).as("messages holding {{ or }}").isEmpty();
	}

}
