package org.psoascare.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.psoascare.checklist.QuestionGroupContent;
import org.psoascare.checklist.TriageRuleContent;
import org.psoascare.guide.GuideContent;
import org.psoascare.plan.PlanContent;
import org.psoascare.stretch.RoutineContent;
import org.psoascare.stretch.StretchContent;
import org.psoascare.web.SiteProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * A JPA slice (H2 and the Flyway schema, each test in a transaction rolled back at its
 * end) with the content loader and every content type, reading the project's real content
 * unless a test passes the loader another {@link ContentSource}, with the settings those
 * beans read ({@link ContentProperties}, and the emergency number guides fill in). SQL is
 * not echoed (the slice echoes it by default);
 * {@code -Dlogging.level.org.hibernate.SQL=debug} shows it.
 * <p>
 * The one place the test tree names the content beans: a content type added, removed or
 * reshaped changes the {@code @Import} below and no test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@EnableConfigurationProperties({ ContentProperties.class, SiteProperties.class })
@Import({ ContentLoader.class, Markdown.class, GuideContent.class, StretchContent.class, RoutineContent.class,
		QuestionGroupContent.class, TriageRuleContent.class, PlanContent.class })
public @interface ContentSlice {

}
