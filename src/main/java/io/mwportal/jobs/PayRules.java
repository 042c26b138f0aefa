package io.mwportal.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.mwportal.jobs.Vacancy.PayUnit;

/**
 * Pay in the units job ads use (MONTH, DAY, HOUR) against the local minimum wage, and as a monthly equivalent for
 * search (人社部: 21.75 working days, 174 working hours a month). A day's minimum is 8 hours at the hourly minimum.
 *
 * @param minimumMonthly the monthly minimum wage (portal.jobs.minimum-wage.monthly)
 * @param minimumHourly the hourly minimum wage (portal.jobs.minimum-wage.hourly)
 */
record PayRules(BigDecimal minimumMonthly, BigDecimal minimumHourly) {

    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("21.75");
    static final BigDecimal HOURS_PER_MONTH = new BigDecimal("174");
    static final BigDecimal HOURS_PER_DAY = new BigDecimal("8");

    /** The least pay allowed per {@code unit}. */
    BigDecimal minimumFor(PayUnit unit) {
        return switch (unit) {
            case MONTH -> minimumMonthly;
            case HOUR -> minimumHourly;
            case DAY -> minimumHourly.multiply(HOURS_PER_DAY);
        };
    }

    /** {@code amount} per {@code unit} as a monthly amount, to the fen. */
    static BigDecimal monthly(BigDecimal amount, PayUnit unit) {
        BigDecimal perMonth = switch (unit) {
            case MONTH -> amount;
            case DAY -> amount.multiply(DAYS_PER_MONTH);
            case HOUR -> amount.multiply(HOURS_PER_MONTH);
        };
        return perMonth.setScale(2, RoundingMode.HALF_UP);
    }
}
