package org.psoascare.api;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors from the API are problems as JSON ({@code application/problem+json}, RFC 9457:
 * {@code type}, {@code title}, {@code status}, {@code instance}), not the site's HTML
 * error pages. No problem holds anything from a request body.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

}
