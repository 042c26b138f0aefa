package io.mwportal.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that count the SQL statements of a request or a round (Hibernate's statistics are the whole
 * application's): the arrears linker, which otherwise looks for new filings in the background every 100 ms, does not
 * run, and the calendar's loaded years are looked at hourly instead of once a second, so a count never depends on how
 * long the test took.
 */
public class CountingStatements implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.wages.link-every", "off", "portal.calendar.check-every", "1h");
    }
}
