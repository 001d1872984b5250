package org.psoascare.content;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The content settings as Spring Boot binds them. */
class ContentPropertiesTests {

	private static ContentProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("psoascare.content",
				ContentProperties.class);
	}

	@Test
	void withNothingSetContentAndPicturesComeFromTheClasspath() {
		ContentProperties content = bind(Map.of());
		assertThat(content.location()).isEqualTo("classpath:content/");
		assertThat(content.illustrations()).isEqualTo("classpath:static/img/stretches/");
		assertThat(content.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(content.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void foldersGetTheirTrailingSlashAndDurationsTheirUnits() {
		ContentProperties content = bind(Map.of("psoascare.content.location", "file:/srv/content",
				"psoascare.content.illustrations", "file:/srv/pictures", "psoascare.content.lock-timeout", "2m",
				"psoascare.content.idle-timeout", "90s"));
		assertThat(content.location()).isEqualTo("file:/srv/content/");
		assertThat(content.source()).hasToString("file:/srv/content/");
		assertThat(content.illustrations()).isEqualTo("file:/srv/pictures/");
		assertThat(content.lockTimeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(content.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
	}

}
