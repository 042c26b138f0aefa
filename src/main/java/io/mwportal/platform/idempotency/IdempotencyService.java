package io.mwportal.platform.idempotency;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.ops.WritePlans;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.PublicUrls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code Idempotency-Key} for creating POSTs (docs/api.md): a retry from a flaky phone connection gets the
 * first response again instead of creating a second record.
 *
 * <p>The record, with the response, is written at the end of the transaction that creates the resource, in one
 * statement, so both commit or neither does. A request whose key is already recorded (a retry) does the work, finds
 * the key taken when it writes the record, and answers the first response instead, its own work rolled back; a
 * concurrent duplicate waits on the key until the first transaction ends and does the same (or, if that one rolled
 * back, stands as the first). A retry whose work is refused because the first one succeeded (already enrolled,
 * already applied, a natural key the database refuses) answers the first response too. One statement for the key, not a claim and then an update: the
 * common case, a first request, pays once. Keys are scoped to the caller and the endpoint and expire after
 * {@code portal.idempotency.ttl} (24 h).
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    PublicUrls urls;

    @Inject
    FieldCrypto crypto;

    @Inject
    WritePlans plans;

    @ConfigProperty(name = "portal.idempotency.ttl")
    Duration ttl;

    /**
     * What a creating operation produced: 201 with the new resource's address, view and version, or 202 for a
     * submission that gets no resource of its own (e.g. an anonymous report).
     */
    public record Created(int status, URI location, Object body, Long version) {

        /** {@code version} null: the created thing has no ETag of its own. */
        public static Created created(URI location, Object body, Long version) {
            return new Created(201, location, body, version);
        }

        public static Created accepted(Object body) {
            return new Created(202, null, body, null);
        }
    }

    /**
     * Runs {@code create} once per key: returns its response (201 or 202), or the stored first response for a retry.
     *
     * @param key the Idempotency-Key header (required: 428 when absent)
     * @param endpoint a stable name of the operation, e.g. {@code POST /api/v1/wage-complaints}
     * @param request the deserialized request body; retries must carry an equal body (else 422)
     */
    @Transactional
    public Response create(String key, String endpoint, Object request, Supplier<Created> create) {
        if (key == null || key.isEmpty()) {
            throw new ProblemException(428, "IDEMPOTENCY_KEY_REQUIRED");
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(400, "IDEMPOTENCY_KEY_INVALID");
        }
        plans.reuse();
        String scopeKey = (user.isAnonymous() ? "anonymous" : user.subject()) + " " + endpoint + " " + key;
        String requestHash = RequestHash.of(request);
        Created created;
        try {
            created = create.get();
        } catch (RuntimeException refused) {
            // The work may refuse a retry because its first attempt succeeded (already enrolled; a duplicate key in
            // the database, found once the first committed): that answer stands. Read in a transaction of its own: a
            // refusal by the database leaves this one unusable.
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                    "select 1 from idempotency_record where scope_key = :scopeKey and expires_at >= now()")
                    .setParameter("scopeKey", scopeKey).getResultList().isEmpty());
            if (!recorded) {
                throw refused;
            }
            QuarkusTransaction.setRollbackOnly();
            return QuarkusTransaction.requiringNew().call(() -> replay(scopeKey, requestHash));
        }
        String body = serialize(created.body());
        // The first response may show its owner personal data in full (ID number, bank card): it is kept for
        // replays encrypted like those fields are at rest, never in clear.
        String stored = crypto.encrypt(body);
        String etag = created.version() == null ? null : new EntityTag(created.version().toString()).toString();
        String location = created.location() == null ? null : created.location().toString();
        Instant now = Instant.now();
        // Typed parameters: location and etag may be null, and PostgreSQL needs to know they are text.
        int recorded = em.createNativeQuery("""
                insert into idempotency_record (scope_key, request_hash, created_at, expires_at, response_status,
                                                response_body, location, etag)
                values (:scopeKey, :hash, :now, :expiresAt, :status, :body, :location, :etag)
                on conflict (scope_key) do update
                   set request_hash = excluded.request_hash, response_status = excluded.response_status,
                       response_body = excluded.response_body, location = excluded.location, etag = excluded.etag,
                       created_at = excluded.created_at, expires_at = excluded.expires_at
                 where idempotency_record.expires_at < :now
                """).unwrap(NativeQuery.class)
                .setParameter("scopeKey", scopeKey).setParameter("hash", requestHash)
                .setParameter("now", now).setParameter("expiresAt", now.plus(ttl))
                .setParameter("status", created.status()).setParameter("body", stored)
                .setParameter("location", location, StandardBasicTypes.STRING)
                .setParameter("etag", etag, StandardBasicTypes.STRING)
                .executeUpdate();
        if (recorded == 0) {
            // The key is taken (a retry, or a duplicate that committed while this one worked): its response stands.
            QuarkusTransaction.setRollbackOnly();
            return replay(scopeKey, requestHash);
        }
        return response(created.status(), body, location, etag, false);
    }

    private Response replay(String scopeKey, String requestHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, response_status, response_body, location, etag
                  from idempotency_record where scope_key = :scopeKey
                """).setParameter("scopeKey", scopeKey).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            // Defensive: the insert above waits for a concurrent first request to commit, so its response is
            // normally there. Never fall through to creating a second record.
            throw ProblemException.withHeaders(409, "IDEMPOTENCY_IN_PROGRESS", Map.of("Retry-After", "1"));
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED");
        }
        // Records written before bodies were encrypted (at most one TTL ago) still replay: they start with JSON.
        String stored = (String) row[2];
        String body = stored.startsWith("{") || stored.startsWith("[") ? stored : crypto.decrypt(stored);
        return response(((Number) row[1]).intValue(), body, (String) row[3], (String) row[4], true);
    }

    private Response response(int status, String body, String location, String etag, boolean replayed) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (location != null) {
            // Stored as a path; made absolute from the configured public URL, never from the request's Host.
            response.location(urls.of(location));
        }
        if (etag != null) {
            response.header("ETag", etag);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    /** Expired keys are deleted hourly; an expired key is also reclaimed on its next use. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        em.createNativeQuery("delete from idempotency_record where expires_at < now()").executeUpdate();
    }

    private String serialize(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body cannot be serialized", e);
        }
    }

}
