package io.mwportal.statistics;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.mwportal.platform.calendar.PortalTime;

/** The period and office every statistic is asked for by (a {@code @BeanParam}). */
public class StatisticsQuery {

    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    @Parameter(description = "First month (of filing, of receipt); default: eleven months before `to`",
            example = "2026-01")
    @QueryParam("from")
    @Pattern(regexp = MONTH)
    @Schema(maxLength = 7)
    public String from;

    @Parameter(description = "Last month; default: this month", example = "2026-12")
    @QueryParam("to")
    @Pattern(regexp = MONTH)
    @Schema(maxLength = 7)
    public String to;

    @Parameter(description = "One handling office", example = "210702")
    @QueryParam("district")
    @Pattern(regexp = "\\d{6}")
    @Schema(maxLength = 6)
    public String district;

    YearMonth last(Clock clock) {
        return to == null ? YearMonth.from(PortalTime.today(clock)) : YearMonth.parse(to);
    }

    YearMonth first(Clock clock) {
        return from == null ? last(clock).minusMonths(11) : YearMonth.parse(from);
    }
}
