package io.mwportal.platform;

import static io.mwportal.support.JobApi.published;
import static io.mwportal.support.JobApi.vacancy;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.mwportal.support.CountingStatements;
import io.mwportal.support.Tokens;
import io.mwportal.support.TrainingApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A page of 100 rows costs a fixed number of SQL statements (the page, its count, one per related table), not one
 * or more per row: counted with Hibernate's statistics while the page is served, on 100 rows that differ in what
 * they refer to (occupations, vacancies, sessions, courses, waitlist places).
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class ListStatementCountTest {

    private static final List<String> OCCUPATIONS = List.of("6-18-02-04", "6-18-01-01", "4-03-02-01", "6-29-01-01",
            "6-29-03-02", "4-09-09-01", "4-07-05-01", "4-02-07-01", "4-02-02-02", "6-24-01-01");

    @Inject
    SessionFactory sessionFactory;

    /** Statements prepared while {@code path} is fetched as {@code user} with 100 rows a page. */
    private long statementsOf(String user, String path, int expectedRows) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        var request = given().queryParam("size", 100);
        if (user != null) {
            request.auth().oauth2(Tokens.of(user));
        }
        List<?> items = request.get(path).then().statusCode(200).extract().path("items");
        assertTrue(items.size() >= expectedRows, path + ": " + items.size() + " rows");
        return statistics.getPrepareStatementCount();
    }

    @Test
    void vacancyAndApplicationListsReadEachRelatedTableOnce() {
        String guta = Tokens.of("jobcenter.guta");
        String employer = "锦州" + UUID.randomUUID().toString().substring(0, 8) + "计数";
        for (int i = 0; i < 100; i++) {
            Map<String, Object> body = vacancy("电焊工", employer);
            body.put("occupationCode", OCCUPATIONS.get(i % OCCUPATIONS.size()));
            long id = published(guta, body);
            given().auth().oauth2(Tokens.of("li.worker")).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON).body(Map.of("phone", "13800138000", "message", "我有焊工证"))
                    .post("/api/v1/jobs/" + id + "/applications").then().statusCode(201);
        }
        // The page, its count, the occupation names.
        assertEquals(3, statementsOf("jobcenter.guta", "/api/v1/job-center/vacancies", 100));
        // The page, its count, the vacancies.
        assertEquals(3, statementsOf("li.worker", "/api/v1/job-applications", 100));
    }

    @Test
    void courseAndEnrolmentListsReadEachRelatedTableOnce() {
        for (int i = 0; i < 100; i++) {
            long session = TrainingApi.publishedSession(TrainingApi.course(OCCUPATIONS.get(i % OCCUPATIONS.size()), 4),
                    TrainingApi.inDays(20 + i % 30), i % 2 == 1 ? 1 : 2);
            if (i % 2 == 1) {
                TrainingApi.enrol("wang.worker", session).then().statusCode(201); // takes the one seat: a waitlist
            }
            TrainingApi.enrol("li.worker", session).then().statusCode(201);
        }
        // The page, its count, occupation names, sessions, seat counts.
        assertEquals(5, statementsOf(null, "/api/v1/training/courses", 100));
        // The page, its count, sessions, courses, waitlist places.
        assertEquals(5, statementsOf("li.worker", "/api/v1/training/enrolments", 100));
    }
}
