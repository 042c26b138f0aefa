package io.mwportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.platform.ops.LandedMigrations;

/**
 * Databases that applied an earlier landed text of V18 or V22 still start ({@link LandedMigrations}): each history is
 * rebuilt in a schema of its own in the test database, with the checksums those texts left, then migrated with the
 * portal's Flyway set-up.
 */
class LandedMigrationsTest {

    private static final String URL = System.getenv().getOrDefault("PORTAL_TEST_DB_URL",
            "jdbc:postgresql://localhost:5432/mwportal_test");
    private static final String USER = System.getenv().getOrDefault("PORTAL_DB_USER", "mwportal");
    private static final String PASSWORD = System.getenv().getOrDefault("PORTAL_DB_PASSWORD", "mwportal");
    private static final String SCHEMA = "landed_migrations_check";

    @AfterEach
    void dropSchema() throws SQLException {
        sql("drop schema if exists " + SCHEMA + " cascade");
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration");
    }

    private static Flyway withTheCallback() {
        FluentConfiguration configuration = flyway();
        new LandedMigrations().customize(configuration);
        return configuration.load();
    }

    @Test
    void v18WithoutTheWalkIndexesAndV22MakingThemLandedTogether() throws SQLException {
        flyway().target("22").load().migrate();
        sql("update " + SCHEMA + ".flyway_schema_history set checksum = -1156535789 where version = '18'");
        sql("update " + SCHEMA + ".flyway_schema_history set checksum = -1381779416 where version = '22'");
        // Without the callback Flyway refuses such a database: the reason it exists.
        assertFalse(flyway().load().validateWithResult().validationSuccessful);

        withTheCallback().migrate();
        assertTrue(flyway().load().validateWithResult().validationSuccessful);
        assertEquals(3, walkIndexes());
    }

    @Test
    void v18WithoutTheWalkIndexesAndV22StillToRun() throws SQLException {
        flyway().target("21").load().migrate();
        // What that V18 did not make: the walk indexes and the statistics, which V22 makes where they are missing.
        sql("set search_path to " + SCHEMA + "; "
                + "drop index vacancy_published_district, vacancy_published_occupation, vacancy_published_type; "
                + "drop statistics vacancy_filter_stats");
        sql("update " + SCHEMA + ".flyway_schema_history set checksum = -1156535789 where version = '18'");

        withTheCallback().migrate();
        assertTrue(flyway().load().validateWithResult().validationSuccessful);
        assertEquals(3, walkIndexes());
    }

    @Test
    void v18WithTheWalkIndexesLandedBeforeV22ExistedNeedsNothing() throws SQLException {
        flyway().target("21").load().migrate();
        assertEquals(3, walkIndexes());

        withTheCallback().migrate();
        assertTrue(flyway().load().validateWithResult().validationSuccessful);
        assertEquals(3, walkIndexes());
    }

    @Test
    void anyOtherDifferenceStillStopsTheStart() throws SQLException {
        flyway().target("22").load().migrate();
        sql("update " + SCHEMA + ".flyway_schema_history set checksum = 42 where version = '18'");
        assertThrows(FlywayException.class, () -> withTheCallback().migrate());
    }

    private static int walkIndexes() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_indexes where schemaname = '" + SCHEMA
                        + "' and indexname in ('vacancy_published_district', 'vacancy_published_occupation',"
                        + " 'vacancy_published_type')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
