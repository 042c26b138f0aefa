package io.mwportal.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Tracking numbers are random, so a filing may draw one that is taken (README, "Benchmark: the write path": seen once
 * at 1.8 million complaints of a year). The worker must not get a 409 for a filing nobody made before.
 */
@QuarkusTest
class TrackingNumberCollisionTest {

    /** Draws {@code taken} first, then as usual. */
    static class DrawsTakenFirst extends TrackingNumbers {

        final String taken;
        int draws;

        DrawsTakenFirst(String taken) {
            this.taken = taken;
        }

        @Override
        String next(String prefix, int year) {
            return draws++ == 0 ? taken : super.next(prefix, year);
        }
    }

    @Test
    void aFilingThatDrawsATakenNumberDrawsAgainAndIsFiledOnce() {
        String taken = WageApi.fileValid("wang.worker");
        DrawsTakenFirst numbers = new DrawsTakenFirst(taken);
        QuarkusMock.installMockForType(numbers, TrackingNumbers.class);
        String key = UUID.randomUUID().toString();

        String filed = given().auth().oauth2(Tokens.of("wang.worker")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(WageApi.complaint())
                .post("/api/v1/wage-complaints").then().statusCode(201).extract().path("trackingNumber");

        assertNotEquals(taken, filed);
        assertEquals(2, numbers.draws);
        // The key belongs to the filing that was made: a retry answers it again.
        given().auth().oauth2(Tokens.of("wang.worker")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(WageApi.complaint())
                .post("/api/v1/wage-complaints").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("trackingNumber", equalTo(filed));
    }
}
