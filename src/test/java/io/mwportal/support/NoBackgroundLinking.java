package io.mwportal.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that count the SQL statements of a request (Hibernate's statistics are the whole application's): the
 * arrears linker, which otherwise looks for new filings in the background every 100 ms, does not run.
 */
public class NoBackgroundLinking implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.wages.link-every", "off");
    }
}
