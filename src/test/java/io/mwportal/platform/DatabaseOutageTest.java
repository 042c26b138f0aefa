package io.mwportal.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.mwportal.support.LogCapture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A database that goes away (restart, failover) or a pool that runs dry answers 503 with Retry-After, logged once
 * per outage, and the portal recovers by itself. Before, each request caught in a restart was a 500 with a stack
 * trace at ERROR.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void lostConnectionsAre503WithRetryAfterAndLoggedOnce() throws SQLException {
        given().get("/api/v1/jurisdictions/210702").then().statusCode(200);
        try (LogCapture log = LogCapture.start()) {
            // What a PostgreSQL restart does to the pool: every connection it holds is cut (from outside the pool).
            try (Connection admin = DriverManager.getConnection(url, user, password);
                    Statement statement = admin.createStatement()) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid() and usename = current_user");
            }
            // A background job's transaction caught by the restart (the arrears linker's rounds) fails too; the
            // transaction manager's failed rollback on the cut connection is not a second log line.
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("select 1").getSingleResult()));
            Response first = given().header("Accept-Language", "en").get("/api/v1/jurisdictions/210702");
            first.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5")).body("code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("title", equalTo("Service temporarily unavailable"));
            int status = 503;
            for (int attempt = 0; attempt < poolSize + 5 && status != 200; attempt++) {
                status = given().get("/api/v1/jurisdictions/210702").statusCode();
                assertTrue(status == 200 || status == 503, "status " + status);
            }
            assertEquals(200, status, "the pool replaces the cut connections");
            // One line for the outage (none if another test's outage was less than a minute ago), no stack trace.
            List<LogCapture.Line> warnings = log.warningsOrWorse();
            assertTrue(warnings.size() <= 1, warnings.toString());
            assertTrue(warnings.stream().allMatch(w -> w.text().startsWith("Database unavailable")
                    && !w.text().contains(" | ")), warnings.toString());
        }
    }

    @Test
    void anExhaustedPoolIs503InsteadOfAHang() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            given().get("/api/v1/jurisdictions/210702").then().statusCode(503)
                    .header("Retry-After", equalTo("5")).body("code", equalTo("SERVICE_UNAVAILABLE"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().get("/api/v1/jurisdictions/210702").then().statusCode(200);
    }
}
