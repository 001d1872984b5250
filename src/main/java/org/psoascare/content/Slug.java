package org.psoascare.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A required slug: lower-case letters and digits in words joined by single hyphens, such
 * as {@code knee-hug}.
 */
@Documented
@Constraint(validatedBy = {})
@NotBlank
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
		message = "'${validatedValue}' is not a slug (lower-case letters, digits and single hyphens)")
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

	String message() default "is not a slug";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
