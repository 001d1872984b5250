package org.psoascare.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.psoascare.checklist.QuestionGroupContent;
import org.psoascare.checklist.TriageRuleContent;
import org.psoascare.guide.GuideContent;
import org.psoascare.stretch.RoutineContent;
import org.psoascare.stretch.StretchContent;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The content loader with every content type over a real H2 database and the Flyway
 * schema, reading test folders; illustrations come from the test fixtures.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@Import({ ContentLoader.class, Markdown.class, GuideContent.class, StretchContent.class, RoutineContent.class,
		QuestionGroupContent.class, TriageRuleContent.class })
@TestPropertySource(properties = { "psoascare.content.location=classpath:fixtures/none/",
		"psoascare.content.illustrations=classpath:fixtures/illustrations/" })
public @interface ContentLoaderTest {

}
