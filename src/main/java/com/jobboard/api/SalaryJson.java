package com.jobboard.api;

import java.math.BigDecimal;

/**
 * What a job pays.
 *
 * @param min the lower bound, or {@code null} for "up to max"
 * @param max the upper bound, or {@code null} for "from min"
 * @param currency ISO 4217 code, e.g. EUR
 * @param period HOUR, DAY, WEEK, MONTH or YEAR
 */
record SalaryJson(BigDecimal min, BigDecimal max, String currency, String period) {
}
