package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.insert.InsertReturningDelegate;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.junit.jupiter.api.Test;

import io.mwportal.casework.CaseFile;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.support.CountingStatements;
import io.mwportal.support.JobApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.TrainingApi;
import io.mwportal.support.WageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The SQL statements of the busy writes (README, "Benchmark: the write path"), counted with Hibernate's statistics
 * on the second request of each kind (the first fills the caches every instance keeps): a statement added to a
 * filing shows here without timing anything.
 */
@QuarkusTest
@TestProfile(CountingStatements.class)
class WriteStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsOf(Runnable request) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    /**
     * A new row's id comes back by "insert ... returning id". With JDBC's generated keys the driver appends
     * "returning *" and, since that has text columns, sends a Sync and waits before each such insert: one round trip
     * more per row, which no statement count shows.
     */
    @Test
    void generatedIdsComeBackByReturningTheIdAlone() {
        var metamodel = sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        for (Class<?> entity : new Class<?>[] { CaseFile.class, Deadline.class }) {
            var persister = (EntityMutationTarget) metamodel.getEntityDescriptor(entity);
            assertInstanceOf(InsertReturningDelegate.class, persister.getInsertDelegate(), entity.getSimpleName());
        }
    }

    @Test
    void aWageComplaintFiling() {
        WageApi.fileValid("wang.worker");
        long statements = statementsOf(() -> WageApi.fileValid("wang.worker"));
        System.out.println("statements of a filing: " + statements);
        assertEquals(FILING, statements);
    }

    @Test
    void aCaseAction() {
        String first = WageApi.fileValid("wang.worker");
        WageApi.act("inspector.guta", first, "accept", null).then().statusCode(200);
        String tn = WageApi.fileValid("wang.worker");
        long statements = statementsOf(() -> WageApi.act("inspector.guta", tn, "accept", null).then().statusCode(200));
        System.out.println("statements of a case action: " + statements);
        assertEquals(CASE_ACTION, statements);
    }

    @Test
    void anEnrolment() {
        long first = TrainingApi.publishedSession(TrainingApi.course("6-18-02-04", 3), TrainingApi.inDays(40), 5);
        long second = TrainingApi.publishedSession(TrainingApi.course("6-18-02-04", 3), TrainingApi.inDays(40), 5);
        TrainingApi.enrol("li.worker", first).then().statusCode(201);
        long statements = statementsOf(() -> TrainingApi.enrol("li.worker", second).then().statusCode(201));
        System.out.println("statements of an enrolment: " + statements);
        assertEquals(ENROLMENT, statements);
    }

    @Test
    void aJobApplication() {
        String guta = Tokens.of("jobcenter.guta");
        long first = JobApi.published(guta, JobApi.vacancy("电焊工", "锦州某钢结构有限公司"));
        long second = JobApi.published(guta, JobApi.vacancy("电焊工", "锦州某钢结构有限公司"));
        apply(first);
        long statements = statementsOf(() -> apply(second));
        System.out.println("statements of an application: " + statements);
        assertEquals(APPLICATION, statements);
    }

    private static void apply(long vacancy) {
        given().auth().oauth2(Tokens.of("li.worker")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("phone", "13800138000", "message", "我有焊工证"))
                .post("/api/v1/jobs/" + vacancy + "/applications").then().statusCode(201);
    }

    /*
     * Each write first lets PostgreSQL reuse its plans for the transaction (platform/ops/WritePlans): one statement
     * that saves planning every other one.
     */

    /**
     * Plans; the case; its first clock, history entry and event in one statement (CaseRunner); the complaint; the
     * idempotency record with the response. Early warning links the filing after it commits (ArrearsLinker), and the
     * calendar's years are not read per transaction (WorkingDayCalendar). (26, 13, 8, 7 before.)
     */
    private static final long FILING = 5;
    /**
     * Plans; the case, the read audit, the complaint, the running clock; the flushes of case and clock before the
     * next clock is looked up and started; history and event in one; the once-only check and the early warning of the
     * view. (21, 13, 14 with the plans, 13 before.)
     */
    private static final long CASE_ACTION = 12;
    /** Plans; session, course, the seat, the enrolment, the event, the idempotency record. (9, then 6 before.) */
    private static final long ENROLMENT = 7;
    /** Plans; the vacancy, the application, the event, the idempotency record. (7, then 4 before.) */
    private static final long APPLICATION = 5;
}
