package org.psoascare.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A list that names each item once; the problem names the first repeated item (a
 * {@link Coded} value by its code).
 */
@Documented
@Constraint(validatedBy = NoRepeats.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoRepeats {

	String message() default "lists '{repeated}' twice";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one list. */
	class Validator implements ConstraintValidator<NoRepeats, List<?>> {

		@Override
		public boolean isValid(List<?> items, ConstraintValidatorContext context) {
			if (items == null) {
				return true;
			}
			Set<Object> seen = new HashSet<>();
			for (Object item : items) {
				if (!seen.add(item)) {
					context.unwrap(HibernateConstraintValidatorContext.class)
						.addMessageParameter("repeated", (item instanceof Coded coded) ? coded.code() : item);
					return false;
				}
			}
			return true;
		}

	}

}
