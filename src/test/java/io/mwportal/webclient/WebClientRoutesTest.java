package io.mwportal.webclient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.mwportal.support.KeycloakTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What the portal serves for the web client besides the API: the page, its sign-in settings and its headers. */
@QuarkusTest
class WebClientRoutesTest {

    @Test
    void thePageKeepsToItselfAndMayCallOnlyThePortalAndKeycloak() {
        given().get("/app/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self';"),
                        containsString("connect-src 'self' " + KeycloakTestResource.baseUrl + ";"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(containsString("<html lang=\"zh-CN\">"), containsString("js/main.js"));
    }

    @Test
    void theBarePathLeadsToThePage() {
        given().redirects().follow(false).get("/app").then().statusCode(302).header("Location", endsWith("/app/"));
    }

    @Test
    void theClientLearnsWhereToSignInFromThePortal() {
        given().get("/app/config.json").then().statusCode(200)
                .body("url", equalTo(KeycloakTestResource.baseUrl))
                .body("realm", equalTo("portal"))
                .body("clientId", equalTo("portal-web"));
    }

    @Test
    void scriptsGoCompressedToThePhoneAndTheLibrariesAreThere() {
        given().header("Accept-Encoding", "gzip").get("/app/vendor/keycloak.js").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        given().get("/app/vendor/uPlot.iife.min.js").then().statusCode(200).body(containsString("uPlot"));
        given().header("Accept-Encoding", "gzip").get("/api/v1/policy-measures").then().statusCode(200)
                .header("Content-Encoding", nullValue());
    }
}
