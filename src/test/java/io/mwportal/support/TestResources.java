package io.mwportal.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the real Keycloak once for every {@code @QuarkusTest} of the run. */
@QuarkusTestResource(KeycloakTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
