package com.jobboard.company.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A date a company could have been founded on: from 1600 on and not after today.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = FoundingDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface FoundingDate {

	LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

	String message() default "{companyAdmin.error.foundedTooEarly}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<FoundingDate, LocalDate> {

		private final Clock clock;

		/** Made by Spring's validator factory, which hands it the application's clock. */
		@Autowired
		Validator(Clock clock) {
			this.clock = clock;
		}

		/** For a validator made outside Spring. */
		public Validator() {
			this(Clock.systemUTC());
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			if (value.isAfter(LocalDate.now(this.clock))) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{companyAdmin.error.foundedInFuture}")
					.addConstraintViolation();
				return false;
			}
			return !value.isBefore(EARLIEST);
		}

	}

}
