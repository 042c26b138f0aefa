package io.mwportal.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Time is stored in UTC; deadlines and "today" are in Asia/Shanghai (docs/api.md). */
@ApplicationScoped
public class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A {@code timestamptz} of a native query's row (the driver may give any of these) as an instant; null stays. */
    public static Instant instant(Object sqlValue) {
        if (sqlValue instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (sqlValue instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) sqlValue;
    }

    /** A {@code date} of a native query's row as a local date; null stays. */
    public static LocalDate date(Object sqlValue) {
        return sqlValue instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) sqlValue;
    }
}
