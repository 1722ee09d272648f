package com.jobboard.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute http(s) address with a host, at most {@link #max()} characters: what a
 * profile may link to. Anything else ({@code javascript:}, {@code data:}, relative paths)
 * is refused. {@code null} is valid (the field is optional).
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{companyAdmin.error.webAddress}";

	int max() default 500;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WebAddress, String> {

		private int max;

		@Override
		public void initialize(WebAddress annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (value.length() > this.max) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{companyAdmin.error.webAddressTooLong}")
					.addConstraintViolation();
				return false;
			}
			return isWebAddress(value);
		}

		/**
		 * The one definition of a web address a page may link to: also used by form
		 * validators without the annotation.
		 */
		public static boolean isWebAddress(String value) {
			if (value.chars().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
				return false;
			}
			try {
				URI uri = new URI(value);
				String scheme = uri.getScheme();
				return scheme != null && uri.isAbsolute() && !uri.isOpaque()
						&& ("http".equals(scheme.toLowerCase(Locale.ROOT))
								|| "https".equals(scheme.toLowerCase(Locale.ROOT)))
						&& uri.getHost() != null && !uri.getHost().isEmpty() && uri.getUserInfo() == null;
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
