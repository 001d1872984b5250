package org.psoascare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @GetMapping} controller method as a content page: one that changes only
 * when content loads, so {@link PageCache} renders it once per load and serves it from
 * memory, and {@link PageSnapshot} renders it before readiness. Each feature declares its
 * own pages this way; the cache learns them once, at start-up, from Spring MVC's request
 * mappings.
 * <p>
 * The page's address may hold only literal segments and path variables (such as
 * {@code /guides/{slug}}); a variable matches a content slug: lower-case letters, digits
 * and hyphens. Anything else (wildcards, regular expressions, another method than GET)
 * fails start-up. Query parameters the method declares with {@code @RequestParam} are
 * part of the cache key ({@link PageParameters}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {

}
