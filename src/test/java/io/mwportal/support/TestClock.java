package io.mwportal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.mwportal.platform.calendar.PortalTime;

/**
 * The portal's clock in tests: the system clock, unless a test sets "today" to a fixed date in Asia/Shanghai (to
 * file a case just before Spring Festival, or to let a deadline pass). Tests that set it reset it afterwards.
 */
public class TestClock extends Clock {

    private static volatile Instant fixed;

    /** Makes "now" 10:00 on {@code day} in Asia/Shanghai. */
    public static void setToday(LocalDate day) {
        fixed = day.atTime(10, 0).atZone(PortalTime.ZONE).toInstant();
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return PortalTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(PortalTime.ZONE) ? this : Clock.fixed(instant(), zone == null ? ZoneOffset.UTC : zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    /** Replaces the production clock for the whole test application. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Alternative
        @Priority(1)
        @ApplicationScoped
        Clock clock() {
            return new TestClock();
        }
    }
}
