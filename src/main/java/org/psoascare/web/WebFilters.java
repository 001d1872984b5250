package org.psoascare.web;

import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every servlet filter of the site, registered in one place, in the order a request
 * passes them: the order of {@link #CHAIN}. No filter class carries an order of its own.
 * A filter of another module takes its place through {@link #before}.
 * <ol>
 * <li>{@link SecurityHeaders}: the headers every response carries, also on error
 * dispatches;</li>
 * <li>{@link PrivateFailures}: no exception, and so no request data, leaves the
 * application for Tomcat's log;</li>
 * <li>{@link ContentVersionHeader}: {@code X-Content-Version};</li>
 * <li>{@link BodyDeadline}: a body is read in full without a worker, within a total
 * deadline and at most {@link RequestSizeLimit#MAX_BODY_BYTES}, the one place that limit
 * is enforced (the filters above set headers before its async dispatch; those below see
 * the body already read);</li>
 * <li>{@link Drain}: {@code Connection: close} while the instance drains;</li>
 * <li>(the API's CORS filter, for {@code /api/*} only, registered by the api module with
 * {@link #before})</li>
 * <li>{@link PageCache}: a cached page or API answer is written from memory, and nothing
 * after it runs.</li>
 * </ol>
 * Spring Boot's own filters (character encoding first, then form content and request
 * context) keep their places: character encoding shares the first place, the others come
 * after these.
 */
@Configuration(proxyBeanMethods = false)
public class WebFilters {

	/** The site's filters, first to last. */
	static final List<Class<? extends Filter>> CHAIN = List.of(SecurityHeaders.class, PrivateFailures.class,
			ContentVersionHeader.class, BodyDeadline.class, Drain.class, PageCache.class);

	/** Room between two places, for a filter {@link #before} one of them. */
	private static final int STEP = 10;

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(SecurityHeaders filter) {
		return registration(filter);
	}

	@Bean
	FilterRegistrationBean<PrivateFailures> privateFailuresFilter(PrivateFailures filter) {
		return registration(filter);
	}

	@Bean
	FilterRegistrationBean<ContentVersionHeader> contentVersionHeaderFilter(ContentVersionHeader filter) {
		return registration(filter);
	}

	@Bean
	FilterRegistrationBean<BodyDeadline> bodyDeadlineFilter(BodyDeadline filter) {
		return registration(filter);
	}

	@Bean
	FilterRegistrationBean<Drain> drainFilter(Drain filter) {
		return registration(filter);
	}

	@Bean
	FilterRegistrationBean<PageCache> pageCacheFilter(PageCache filter) {
		return registration(filter);
	}

	/**
	 * The registration of another module's filter, right before one of the site's.
	 * @param place the site's filter it precedes, one of {@link #CHAIN}
	 * @param filter the filter to register
	 */
	public static <F extends Filter> FilterRegistrationBean<F> before(Class<? extends Filter> place, F filter) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order(place) - 1);
		return registration;
	}

	private static <F extends Filter> FilterRegistrationBean<F> registration(F filter) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order(filter.getClass()));
		return registration;
	}

	private static int order(Class<?> filter) {
		int place = CHAIN.indexOf(filter);
		if (place < 0) {
			throw new IllegalStateException(filter.getName() + " is not in WebFilters.CHAIN");
		}
		return Ordered.HIGHEST_PRECEDENCE + STEP * place;
	}

}
