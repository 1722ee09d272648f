package com.jobboard.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Values for the {@code datetime} attribute of {@code <time>}: HTML allows at most three
 * digits of fractions of a second, and {@link Instant#toString()} writes up to nine, so
 * times are written in whole seconds ({@code 2026-11-28T10:08:10Z}). Dates
 * ({@code LocalDate}) are written as they are. Templates use it as
 * {@code th:datetime="${@htmlTimes.datetime(value)}"}.
 */
@Component("htmlTimes")
public class HtmlTimes {

	public String datetime(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (value instanceof OffsetDateTime time) {
			return time.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		if (value instanceof LocalDateTime time) {
			return time.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		return value.toString();
	}

}
