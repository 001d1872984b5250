package org.psoascare.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute {@code http} or {@code https} address with a host. Absent is valid; add
 * {@code @NotBlank} where it is required. (Hibernate Validator's {@code @URL} accepts any
 * scheme and reports every problem alike, so authors would not learn which it was.)
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "'${validatedValue}' must be an http or https address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one address. */
	class Validator implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			if (text == null) {
				return true;
			}
			try {
				URI uri = new URI(text);
				return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (URISyntaxException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("'${validatedValue}' is not a valid address")
					.addConstraintViolation();
				return false;
			}
		}

	}

}
