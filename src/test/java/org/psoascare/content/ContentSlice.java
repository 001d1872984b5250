package org.psoascare.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.psoascare.web.SiteProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * A JPA slice (H2 and the Flyway schema, each test in a transaction rolled back at its
 * end) with the content loader and every content type the features declare, reading the
 * project's real content unless a test passes the loader another {@link ContentSource},
 * with the settings those beans read ({@link ContentProperties}, and the emergency number
 * guides fill in). SQL is not echoed (the slice echoes it by default);
 * {@code -Dlogging.level.org.hibernate.SQL=debug} shows it.
 * <p>
 * The content types are found, not named ({@link ContentTypeDeclarations}): the kernel's
 * tests know no feature, and a content type added, removed or reshaped changes no test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = ContentTypeDeclarations.class))
@EnableConfigurationProperties(ContentProperties.class)
@Import({ ContentLoader.class, Markdown.class, ContentSlice.Site.class })
public @interface ContentSlice {

	/**
	 * The site's settings ({@code psoascare.site.*}, bound as the web module binds them),
	 * for the guides' emergency number.
	 */
	class Site {

		@Bean
		SiteProperties siteProperties(Environment environment) {
			return Binder.get(environment).bind("psoascare.site", SiteProperties.class).get();
		}

	}

}
