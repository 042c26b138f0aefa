package io.mwportal.training;

import static io.mwportal.support.TrainingApi.BASE;
import static io.mwportal.support.TrainingApi.course;
import static io.mwportal.support.TrainingApi.enrol;
import static io.mwportal.support.TrainingApi.post;
import static io.mwportal.support.TrainingApi.publishedSession;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Never overbooked: 300 different workers (real Keycloak users and tokens) enrol at once in a 30-seat session;
 * then cancellations and new enrolments interleave. Prints the figures.
 */
@QuarkusTest
class EnrolmentConcurrencyTest {

    private static final int WORKERS = 300;
    private static final int SEATS = 30;

    @Test
    void threeHundredAtOnceForThirtySeats() throws Exception {
        List<String> workers = KeycloakAdmin.createWorkers("rush-" + System.nanoTime(), WORKERS + 20);
        ExecutorService tokenPool = Executors.newFixedThreadPool(4);
        List<Future<String>> tokenFutures = new ArrayList<>();
        for (String worker : workers) {
            tokenFutures.add(tokenPool.submit(() -> Tokens.of(worker)));
        }
        for (Future<String> token : tokenFutures) {
            token.get();
        }
        tokenPool.shutdown();
        long session = publishedSession(course("6-18-02-04", 5), "2027-09-01", SEATS);

        long started = System.nanoTime();
        List<Response> responses = all(workers.subList(0, WORKERS).stream()
                .map(worker -> (Callable<Response>) () -> enrol(worker, session)).toList());
        long raceMillis = (System.nanoTime() - started) / 1_000_000;
        long confirmed = responses.stream().filter(r -> "CONFIRMED".equals(r.path("status"))).count();
        long waitlisted = responses.stream().filter(r -> "WAITLISTED".equals(r.path("status"))).count();
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        assertEquals(SEATS, confirmed);
        assertEquals(WORKERS - SEATS, waitlisted);
        List<Integer> positions = responses.stream().filter(r -> "WAITLISTED".equals(r.path("status")))
                .map(r -> (Integer) r.path("waitlistPosition")).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, WORKERS - SEATS).boxed().toList(), positions);
        assertRoster(session, SEATS, WORKERS - SEATS);

        // 20 confirmed workers cancel while 20 newcomers enrol, all at once.
        List<Callable<Response>> mixed = new ArrayList<>();
        List<Response> confirmedResponses = responses.stream().filter(r -> "CONFIRMED".equals(r.path("status"))).toList();
        for (int i = 0; i < 20; i++) {
            long enrolment = ((Number) confirmedResponses.get(i).path("id")).longValue();
            String owner = ownerOf(responses, workers, confirmedResponses.get(i));
            mixed.add(() -> post(owner, "/enrolments/" + enrolment + "/actions/cancel", null));
            String newcomer = workers.get(WORKERS + i);
            mixed.add(() -> enrol(newcomer, session));
        }
        List<Response> results = all(mixed);
        results.forEach(r -> assertEquals(true, r.statusCode() == 200 || r.statusCode() == 201, r.asString()));
        // 20 seats freed and refilled from the waitlist; 20 newcomers joined its end.
        JsonPath roster = assertRoster(session, SEATS, WORKERS - SEATS);
        assertEquals(20, roster.getList("ended.findAll { it.status == 'CANCELLED' }").size());
        System.out.printf("Enrolment race: %d simultaneous requests for %d seats in %d ms → %d confirmed, %d waitlisted "
                + "(positions 1..%d); then 20 cancellations + 20 enrolments at once → %d confirmed, %d waitlisted%n",
                WORKERS, SEATS, raceMillis, confirmed, waitlisted, positions.size(),
                roster.getList("confirmed").size(), roster.getList("waitlist").size());
    }

    private static String ownerOf(List<Response> responses, List<String> workers, Response response) {
        return workers.get(responses.indexOf(response));
    }

    private static JsonPath assertRoster(long session, int confirmed, int waitlisted) {
        JsonPath roster = given().auth().oauth2(Tokens.of("trainer.city")).get(BASE + "/sessions/" + session + "/roster")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(confirmed, roster.getList("confirmed").size());
        assertEquals(confirmed, roster.getInt("session.confirmed"));
        assertEquals(0, roster.getInt("session.freeSeats"));
        assertEquals(waitlisted, roster.getList("waitlist").size());
        assertEquals(IntStream.rangeClosed(1, waitlisted).boxed().toList(), roster.getList("waitlist.waitlistPosition"));
        return roster;
    }

    private static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> call : calls) {
            futures.add(pool.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        return responses;
    }
}
