package org.psoascare.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The content kernel on its own: a JPA slice (H2 and the Flyway schema, each test in a
 * transaction rolled back at its end) with the loader and the kernel's fixture content
 * types ({@link FixtureContent}: notes and sets) and no feature's. Their tables come from
 * {@code src/test/resources/db/fixture}, their mapping from
 * {@code fixtures/content-orm.xml}; both are added here only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@EnableConfigurationProperties(ContentProperties.class)
@Import({ ContentLoader.class, Markdown.class, FixtureContent.class })
@TestPropertySource(properties = { "psoascare.content.location=classpath:fixtures/none/",
		"spring.flyway.locations=classpath:db/migration,classpath:db/fixture",
		"spring.jpa.mapping-resources=fixtures/content-orm.xml" })
public @interface ContentKernelSlice {

}
