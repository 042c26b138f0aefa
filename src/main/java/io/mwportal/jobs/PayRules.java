package io.mwportal.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import io.mwportal.jobs.Vacancy.EmploymentType;
import io.mwportal.jobs.Vacancy.PayUnit;

/**
 * Pay in the units job ads use (MONTH, DAY, HOUR) against the local minimum wage (最低工资规定 Art 5: a monthly
 * figure for full-time work, an hourly figure for part-time work), and as a monthly equivalent for search (人社部:
 * 21.75 working days, 174 working hours a month).
 *
 * <p>Full-time (and temporary, seasonal, intern) pay is held to the monthly figure, converted for a day or an hour
 * rate. Part-time work (劳动合同法 Art 68, 72) is paid at least the hourly figure; a day rate covers at most 4 hours
 * (the legal daily average), and pay is settled at least every 15 days, so a monthly rate is not part-time pay.
 *
 * @param minimumMonthly the district's monthly minimum wage
 * @param minimumHourly the district's hourly minimum wage (part-time work)
 */
record PayRules(BigDecimal minimumMonthly, BigDecimal minimumHourly) {

    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("21.75");
    static final BigDecimal HOURS_PER_MONTH = new BigDecimal("174");
    /** 劳动合同法 Art 68: part-time work averages at most 4 hours a day. */
    static final BigDecimal PART_TIME_HOURS_PER_DAY = new BigDecimal("4");

    /** The least pay allowed per {@code unit} for {@code type}; empty when the unit is not lawful for the type. */
    Optional<BigDecimal> minimumFor(EmploymentType type, PayUnit unit) {
        if (type == EmploymentType.PART_TIME) {
            return switch (unit) {
                case HOUR -> Optional.of(minimumHourly);
                case DAY -> Optional.of(minimumHourly.multiply(PART_TIME_HOURS_PER_DAY));
                case MONTH -> Optional.empty();
            };
        }
        return Optional.of(switch (unit) {
            case MONTH -> minimumMonthly;
            case DAY -> minimumMonthly.divide(DAYS_PER_MONTH, 2, RoundingMode.CEILING);
            case HOUR -> minimumMonthly.divide(HOURS_PER_MONTH, 2, RoundingMode.CEILING);
        });
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
