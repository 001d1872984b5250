package org.psoascare.web;

import org.springframework.web.method.HandlerMethod;

/**
 * Declares handler methods cached that cannot carry {@link CachedPage} because they are a
 * library's (springdoc's OpenAPI description, say). A module that owns such an address
 * provides one as a bean; the {@link PageCache} then keeps its answers as it keeps a
 * {@code @CachedPage} method's.
 */
@FunctionalInterface
public interface CachedHandlers {

	/**
	 * @param handler a handler method from Spring MVC's request mappings
	 * @return whether its GET answers are cached
	 */
	boolean isCached(HandlerMethod handler);

}
