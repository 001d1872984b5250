package org.psoascare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.psoascare.content.ContentInfo;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An MVC slice for pages that need no content: {@code @WebMvcTest} with the named
 * controllers, and the whole web module around them as the application has it (its
 * settings, security headers, error pages, page cache and site model, all matched by
 * package so a class added to or renamed in {@code web} needs no change here), plus the
 * beans from other modules that every page's filters, model and interceptors read (the
 * content version, durations, the JSON-LD builder; the last two are package-private in
 * their modules, so they are matched by name). No database and no content load: the home
 * page's context started in 12 s against the full application's 47 s on the same busy
 * two-core machine.
 * <p>
 * A page that shows content (a guide, a stretch, the checklist) needs the content loaded
 * and stays a {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = { "org\\.psoascare\\.web\\..*", "org\\.psoascare\\.stretch\\.Durations",
				"org\\.psoascare\\.discovery\\.StructuredData" }))
@Import(ContentInfo.class)
public @interface PageSlice {

	/**
	 * @return the controllers under test, besides the web module's own
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/**
	 * @return properties to set, {@code key=value}
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "properties")
	String[] properties() default {};

}
