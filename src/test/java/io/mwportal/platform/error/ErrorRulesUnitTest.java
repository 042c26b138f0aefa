package io.mwportal.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are an outage (503) and which upload errors are the client's (400), without a server. */
class ErrorRulesUnitTest {

    @Test
    void connectionFailuresAreOutages() {
        assertTrue(DatabaseOutage.isOutage(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("refused", "08001")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("too many clients", "53300")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("Acquisition timeout while waiting for new connection")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("x", null, new TimeoutException())));
        assertTrue(DatabaseOutage.isOutage(new SQLTransientConnectionException("gone")));
        assertTrue(DatabaseOutage.isOutage(new JDBCConnectionException("gone", new SQLException("x"))));
        // Wrapped several times, as Hibernate and the transaction manager do.
        assertTrue(DatabaseOutage.isOutage(new IllegalStateException(new RuntimeException(
                new SQLException("I/O error", "08006")))));
    }

    @Test
    void otherDatabaseErrorsAreNotOutages() {
        assertFalse(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isOutage(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.isOutage(new SQLException("no state")));
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("bug")));
    }

    @Test
    void formReaderFailuresAreTheClients() {
        assertTrue(ProblemMappers.isUnreadableForm(thrownBy(
                "org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition$MultiPartUploadHandler",
                new IOException("Connection terminated parsing multipart request"))));
        assertTrue(ProblemMappers.isUnreadableForm(thrownBy(
                "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler", new StringIndexOutOfBoundsException())));
        assertTrue(ProblemMappers.isUnreadableForm(new RuntimeException(thrownBy(
                "org.jboss.resteasy.reactive.server.core.multipart.MultipartParser", new IllegalArgumentException()))));
        assertFalse(ProblemMappers.isUnreadableForm(thrownBy("io.mwportal.casework.AttachmentService",
                new IOException("disk"))));
        assertFalse(ProblemMappers.isUnreadableForm(thrownBy("org.jboss.resteasy.reactive.server.handlers.Other",
                new IOException())));
    }

    @Test
    void fieldNamesInProblems() {
        assertEquals("NOT_BLANK", ProblemMappers.upperSnake("NotBlank"));
        assertEquals("UNIFIED_SOCIAL_CREDIT_CODE", ProblemMappers.upperSnake("UnifiedSocialCreditCode"));
        assertEquals("/problems/validation-failed", ProblemResponses.type("VALIDATION_FAILED"));
    }

    private static <T extends Throwable> T thrownBy(String className, T e) {
        e.setStackTrace(new StackTraceElement[] { new StackTraceElement(className, "handle", "X.java", 1),
                new StackTraceElement("java.lang.Thread", "run", "Thread.java", 1) });
        return e;
    }
}
