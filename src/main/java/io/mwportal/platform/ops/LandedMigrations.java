package io.mwportal.platform.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Lets databases start that applied another landed text of V18 or V22. Both were edited after landing, so three
 * histories exist: V18 with the job-search walk indexes and no V22 (landed before 2026-11-30), V18 without them and
 * V22 creating them (landed on 2026-11-30 in the sixth stop), and V18 with them plus a V22 that only creates what is
 * missing (the files as they are, which run right after either of the others). The schemas they leave are the same;
 * only the checksums differ, and Flyway refuses to start on a checksum it does not know. Before Flyway validates, this
 * records the files' checksums for those known other ones, nothing else: any other difference still stops the start.
 */
@Singleton
public class LandedMigrations implements FlywayConfigurationCustomizer, Callback {

    private static final Logger LOG = Logger.getLogger(LandedMigrations.class);

    /** Flyway's checksums of V18 without the walk indexes and of V22 creating them unconditionally. */
    static final int V18_WITHOUT_WALK_INDEXES = -1156535789;
    static final int V22_UNCONDITIONAL = -1381779416;
    /** The checksums of the files as they are. */
    static final int V18 = 16887668;
    static final int V22 = -2133669825;

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = configuration.getCallbacks();
        Callback[] all = Arrays.copyOf(callbacks, callbacks.length + 1);
        all[callbacks.length] = this;
        configuration.callbacks(all);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "landed-migrations";
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            align(context.getConnection(), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new FlywayException("Could not align the checksums of V18 and V22", e);
        }
    }

    static void align(Connection connection, String table) throws SQLException {
        // A V18 without the walk indexes is followed by a V22 that made them (or, still to run, makes them).
        Integer v18 = checksum(connection, table, "18");
        if (v18 != null && v18 == V18_WITHOUT_WALK_INDEXES) {
            update(connection, table, "18", V18);
        }
        Integer v22 = checksum(connection, table, "22");
        if (v22 != null && v22 == V22_UNCONDITIONAL) {
            update(connection, table, "22", V22);
        }
    }

    /** The checksum recorded for a successful {@code version}; null when there is none (or no history yet). */
    private static Integer checksum(Connection connection, String table, String version) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, table);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return null;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "select checksum from " + table + " where version = ? and success")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (Integer) rs.getObject(1) : null;
            }
        }
    }

    private static void update(Connection connection, String table, String version, int checksum) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "update " + table + " set checksum = ? where version = ?")) {
            ps.setInt(1, checksum);
            ps.setString(2, version);
            ps.executeUpdate();
        }
        LOG.infof("Migration V%s: recorded the checksum of the file for an earlier landed text of it", version);
    }
}
