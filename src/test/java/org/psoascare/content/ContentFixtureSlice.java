package org.psoascare.content;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * A {@link ContentSlice} for tests that write their own content with a
 * {@link ContentFixture}: nothing is read from the real content, and stretch
 * illustrations come from the test fixtures.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContentSlice
@TestPropertySource(properties = { "psoascare.content.location=classpath:fixtures/none/",
		"psoascare.content.illustrations=classpath:fixtures/illustrations/" })
public @interface ContentFixtureSlice {

}
