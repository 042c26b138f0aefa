package io.mwportal.platform.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.error.DatabaseOutage;
import io.mwportal.platform.events.NotificationChannel.ChannelMessage;
import io.mwportal.platform.events.NotificationChannel.SendResult;
import io.mwportal.platform.i18n.Messages;
import io.mwportal.platform.ops.FrequentRounds;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.security.CurrentUser;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers events, on every instance (docs/events.md):
 * <ol>
 * <li><b>fan-out</b>: one instance at a time (the cursor row, locked with {@code SKIP LOCKED}) turns the events
 * committed since the cursor into deliveries: one per matching webhook subscription and per channel the worker
 * chose;</li>
 * <li><b>delivery</b>: each instance claims due deliveries with {@code FOR UPDATE SKIP LOCKED}, marking them as
 * held for {@code claim-for}, sends them outside any transaction (webhooks signed per Standard Webhooks), and
 * records each attempt; a failure is retried after the next wait of {@code retry-delays} (with jitter), and after
 * the last one the delivery is DEAD until replayed. An instance that dies holding deliveries leaves them to others
 * once the claim lapses; the receiver tells a repeat by its {@code webhook-id}.</li>
 * </ol>
 * Plain JDBC: these are a few set-based statements per round, run by the scheduler outside request transactions.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);


    /** Why a delivery was not attempted: SKIPPED, and replayable. */
    private static final String SKIPPED_PAUSED = "SUBSCRIPTION_PAUSED";
    private static final String SKIPPED_CHANNEL_OFF = "CHANNEL_OFF";

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig config;

    @Inject
    Channels channels;

    @Inject
    Destinations destinations;

    @Inject
    NotificationTexts texts;

    @Inject
    FieldCrypto crypto;

    @Inject
    ObjectMapper json;

    @Inject
    Events outbox;

    @Inject
    Clock clock;

    private static final int CHANNEL_SENDERS = 8;

    private final ExecutorService channelSenders = Executors.newFixedThreadPool(CHANNEL_SENDERS);

    /** Its own thread (a lag under 2 s needs rounds more often than Quarkus' scheduler runs them). */
    private volatile FrequentRounds rounds;

    private volatile HttpClient http;

    private Semaphore inFlight;

    private volatile long lastWarning;

    @PostConstruct
    void init() {
        inFlight = new Semaphore(config.webhooks().concurrency());
    }

    void start(@Observes StartupEvent startup) {
        rounds = FrequentRounds.start("event-dispatcher", config.dispatchEvery(), this::round);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
        channelSenders.shutdownNow();
    }

    /** Fans out and delivers until nothing is left that is due; an error waits for the next round. */
    void round() {
        try {
            while (fanOut() == config.batchSize()) {
                // a backlog: go on at once
            }
            while (deliverDue() == claimSize()) {
                // idem
            }
        } catch (SQLException | RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                DatabaseOutage.report(e); // once per outage, as for requests
            } else if (System.currentTimeMillis() - lastWarning > 60_000) {
                lastWarning = System.currentTimeMillis();
                LOG.warn("Event delivery failed this round (logged at most once a minute)", e);
            }
        }
    }

    /** Turns committed events after the cursor into deliveries; how many events (0 when another instance holds it). */
    public int fanOut() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int events = fanOut(c);
                c.commit();
                return events;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int fanOut(Connection c) throws SQLException {
        long fromTxid;
        long fromId;
        try (PreparedStatement ps = c.prepareStatement(
                "select txid, event_id from event_cursor where name = 'fan-out' for update skip locked");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return 0;
            }
            fromTxid = rs.getLong(1);
            fromId = rs.getLong(2);
        }
        long toTxid;
        long toId;
        int events;
        try (PreparedStatement ps = c.prepareStatement("""
                select txid, id, count(*) over () from (
                  select txid, id from event where (txid, id) > (?, ?) and txid < %s order by txid, id limit ?) x
                 order by txid desc, id desc limit 1""".formatted(EventFeedService.HORIZON))) {
            ps.setLong(1, fromTxid);
            ps.setLong(2, fromId);
            ps.setInt(3, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                toTxid = rs.getLong(1);
                toId = rs.getLong(2);
                events = rs.getInt(3);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into delivery (event_id, channel, subscription_id, state, next_attempt_at, created_at)
                select e.id, 'WEBHOOK', s.id, 'PENDING', now(), now()
                  from event e join webhook_subscription s on e.type = any(s.event_types)
                   and (case when s.partner then e.client_id = s.client_id
                             else e.office_role = any(s.office_roles)
                                  and (s.office_jurisdiction = ? or e.office_jurisdiction = s.office_jurisdiction) end)
                 where (e.txid, e.id) > (?, ?) and (e.txid, e.id) <= (?, ?)""")) {
            ps.setString(1, CurrentUser.CITY_JURISDICTION);
            ps.setLong(2, fromTxid);
            ps.setLong(3, fromId);
            ps.setLong(4, toTxid);
            ps.setLong(5, toId);
            ps.executeUpdate();
        }
        fanOutToChannels(c, fromTxid, fromId, toTxid, toId);
        try (PreparedStatement ps = c.prepareStatement(
                "update event_cursor set txid = ?, event_id = ? where name = 'fan-out'")) {
            ps.setLong(1, toTxid);
            ps.setLong(2, toId);
            ps.executeUpdate();
        }
        return events;
    }

    /** One delivery per channel the worker chose, for the event types that channel sends. */
    private void fanOutToChannels(Connection c, long fromTxid, long fromId, long toTxid, long toId) throws SQLException {
        List<Object[]> wanted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select e.id, e.type, e.worker_subject, ch.channel
                  from event e join notification_settings n on n.worker_subject = e.worker_subject
                 cross join unnest(n.channels) ch(channel)
                 where (e.txid, e.id) > (?, ?) and (e.txid, e.id) <= (?, ?)""")) {
            ps.setLong(1, fromTxid);
            ps.setLong(2, fromId);
            ps.setLong(3, toTxid);
            ps.setLong(4, toId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    String channel = rs.getString(4);
                    if (channels.of(channel).map(ch -> ch.sends(type)).orElse(false)) {
                        wanted.add(new Object[] { rs.getLong(1), channel, rs.getString(3) });
                    }
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into delivery (event_id, channel, worker_subject, state, next_attempt_at, created_at)
                values (?, ?, ?, 'PENDING', now(), now())""")) {
            for (Object[] w : wanted) {
                ps.setLong(1, (Long) w[0]);
                ps.setString(2, (String) w[1]);
                ps.setString(3, (String) w[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deliveries claimed per round: four for each request this instance may have in flight. */
    private int claimSize() {
        return Math.min(config.batchSize(), 4 * config.webhooks().concurrency());
    }

    /**
     * How long a claim holds: long enough to send the whole claim at the slowest (every attempt timing out, on the
     * channels' {@value #CHANNEL_SENDERS} threads), so that no other instance takes a delivery still being sent.
     */
    private Duration lease() {
        int slots = Math.min(config.webhooks().concurrency(), CHANNEL_SENDERS);
        Duration slowest = config.webhooks().timeout().plusSeconds(5).multipliedBy((claimSize() + slots - 1) / slots);
        return slowest.compareTo(config.claimFor()) > 0 ? slowest : config.claimFor();
    }

    /** Claims due deliveries, sends them and records the attempts; how many were claimed. */
    public int deliverDue() throws SQLException {
        List<Claim> claims = claim();
        if (claims.isEmpty()) {
            return 0;
        }
        Map<Long, EventRow> events = events(claims);
        Map<Long, Target> targets = targets(claims);
        Map<String, Reach> reach = reach(claims);
        List<CompletableFuture<Outcome>> sending = new ArrayList<>();
        for (Claim claim : claims) {
            EventRow event = events.get(claim.eventId);
            sending.add(claim.channel.equals("WEBHOOK")
                    ? sendWebhook(claim, event, targets.get(claim.subscriptionId))
                    : CompletableFuture.supplyAsync(() -> sendToChannel(claim, event, reach.get(claim.worker)),
                            channelSenders));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            try {
                outcomes.add(sending.get(i).get(config.webhooks().timeout().toMillis() + 5000, TimeUnit.MILLISECONDS));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                outcomes.add(new Outcome(claims.get(i), SendResult.failed(true, null, "TIMEOUT"), 0, Instant.now(clock)));
            }
        }
        record(outcomes);
        return claims.size();
    }

    private record Claim(long id, long eventId, String channel, Long subscriptionId, String worker, int attempts) {
    }

    private record EventRow(long id, String type, String subjectId, Instant occurredAt, Map<String, Object> data) {
    }

    private record Target(String url, List<String> secrets, boolean active) {
    }

    private record Reach(String phone, String wechatOpenId, List<String> channels) {
    }

    private record Outcome(Claim claim, SendResult result, int durationMs, Instant at) {
    }

    private List<Claim> claim() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update delivery d set next_attempt_at = now() + ? * interval '1 millisecond', attempts = d.attempts + 1
                 where d.id in (select id from delivery where state = 'PENDING' and next_attempt_at <= now()
                                 order by next_attempt_at limit ? for update skip locked)
                returning d.id, d.event_id, d.channel, d.subscription_id, d.worker_subject, d.attempts""")) {
            c.setAutoCommit(true);
            ps.setLong(1, lease().toMillis());
            ps.setInt(2, claimSize());
            List<Claim> claims = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long subscription = rs.getLong(4);
                    claims.add(new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.wasNull() ? null : subscription, rs.getString(5), rs.getInt(6)));
                }
            }
            return claims;
        }
    }

    private Map<Long, EventRow> events(List<Claim> claims) throws SQLException {
        Map<Long, EventRow> events = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, type, subject_id, occurred_at, data::text from event where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("bigint", claims.stream().map(Claim::eventId).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getLong(1), new EventRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), outbox.data(rs.getString(5))));
                }
            }
        }
        return events;
    }

    private Map<Long, Target> targets(List<Claim> claims) throws SQLException {
        Object[] ids = claims.stream().map(Claim::subscriptionId).filter(id -> id != null).distinct().toArray();
        Map<Long, Target> targets = new HashMap<>();
        if (ids.length == 0) {
            return targets;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select id, url, secret, previous_secret, previous_secret_until, active
                  from webhook_subscription where id = any(?)""")) {
            ps.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> secrets = new ArrayList<>(List.of(crypto.decrypt(rs.getString(3))));
                    Timestamp previousUntil = rs.getTimestamp(5);
                    if (rs.getString(4) != null && previousUntil != null
                            && previousUntil.toInstant().isAfter(Instant.now(clock))) {
                        secrets.add(crypto.decrypt(rs.getString(4)));
                    }
                    targets.put(rs.getLong(1), new Target(rs.getString(2), secrets, rs.getBoolean(6)));
                }
            }
        }
        return targets;
    }

    private Map<String, Reach> reach(List<Claim> claims) throws SQLException {
        Object[] workers = claims.stream().map(Claim::worker).filter(w -> w != null).distinct().toArray();
        Map<String, Reach> reach = new HashMap<>();
        if (workers.length == 0) {
            return reach;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select worker_subject, phone, wechat_open_id, channels from notification_settings where worker_subject = any(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", workers));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String phone = rs.getString(2);
                    reach.put(rs.getString(1), new Reach(phone == null ? null : crypto.decrypt(phone), rs.getString(3),
                            List.of((String[]) rs.getArray(4).getArray())));
                }
            }
        }
        return reach;
    }

    /** The Standard Webhooks message: {@code type}, {@code timestamp}, {@code data} (with the event and subject ids). */
    private CompletableFuture<Outcome> sendWebhook(Claim claim, EventRow event, Target target) {
        Instant started = Instant.now(clock);
        if (target == null || event == null) {
            return CompletableFuture.completedFuture(new Outcome(claim, SendResult.failed(false, null, "GONE"), 0, started));
        }
        if (!target.active) {
            return CompletableFuture.completedFuture(
                    new Outcome(claim, new SendResult(false, false, null, SKIPPED_PAUSED), 0, started));
        }
        var refusal = destinations.refusal(target.url);
        if (refusal.isPresent()) {
            // A name that does not resolve now may again later (DNS trouble); a private address stays refused.
            boolean retry = refusal.get().equals("UNKNOWN_HOST");
            return CompletableFuture.completedFuture(new Outcome(claim, SendResult.failed(retry, null, refusal.get()), 0,
                    started));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", event.id);
        data.put("subjectId", event.subjectId);
        data.putAll(event.data);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", event.type);
        message.put("timestamp", event.occurredAt.toString());
        message.put("data", data);
        String body;
        try {
            body = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data is JSON already", e);
        }
        // At most `concurrency` requests in flight from this instance: a receiver is not flooded with connections.
        // Timestamped and signed once a slot is free, so the timestamp is the attempt's.
        inFlight.acquireUninterruptibly();
        Instant sent = Instant.now(clock);
        String messageId = "msg_" + claim.id;
        long timestamp = sent.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url)).timeout(config.webhooks().timeout())
                .header("Content-Type", "application/json").header("User-Agent", "mw-portal-webhooks/1")
                .header("webhook-id", messageId).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(messageId, timestamp, body, target.secrets))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        return http().sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            inFlight.release();
            int ms = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new Outcome(claim, SendResult.failed(true, null, cause.getClass().getSimpleName()), ms, sent);
            }
            int status = response.statusCode();
            return new Outcome(claim, status / 100 == 2 ? SendResult.ok(status)
                    : SendResult.failed(true, status, "HTTP " + status), ms, sent);
        });
    }

    private Outcome sendToChannel(Claim claim, EventRow event, Reach reach) {
        Instant started = Instant.now(clock);
        if (event == null || reach == null || !reach.channels.contains(claim.channel)) {
            // The worker switched the channel off since: nothing more goes out on it.
            return new Outcome(claim, new SendResult(false, false, null, SKIPPED_CHANNEL_OFF), 0, started);
        }
        long start = System.nanoTime();
        SendResult result = channels.of(claim.channel)
                .map(channel -> channel.send(new ChannelMessage(claim.id, event.type, event.subjectId, event.occurredAt,
                        event.data, texts.render(Messages.CHINESE, event.type, event.data), reach.phone,
                        reach.wechatOpenId)))
                .orElse(SendResult.failed(false, null, "UNKNOWN_CHANNEL"));
        return new Outcome(claim, result, (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), started);
    }

    /** Each delivery's new state and its attempt, in one transaction. */
    private void record(List<Outcome> outcomes) throws SQLException {
        List<Duration> delays = config.webhooks().retryDelays();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("""
                    update delivery set state = ?, next_attempt_at = ?, last_status = ?, last_error = ?, delivered_at = ?
                     where id = ? and state = 'PENDING' and attempts = ?""");
                    PreparedStatement attempt = c.prepareStatement("""
                            insert into delivery_attempt (delivery_id, attempted_at, response_status, error, duration_ms)
                            select ?, ?, ?, ?, ? where exists (select 1 from delivery where id = ?)""")) {
                for (Outcome outcome : outcomes) {
                    SendResult result = outcome.result;
                    int attempts = outcome.claim.attempts;
                    String state;
                    Instant next = null;
                    if (result.delivered()) {
                        state = "DELIVERED";
                    } else if (SKIPPED_PAUSED.equals(result.error()) || SKIPPED_CHANNEL_OFF.equals(result.error())) {
                        state = "SKIPPED";
                    } else if (result.retry() && attempts <= delays.size()) {
                        state = "PENDING";
                        next = Instant.now(clock).plus(jittered(delays.get(attempts - 1)));
                    } else {
                        state = "DEAD";
                    }
                    update.setString(1, state);
                    update.setTimestamp(2, next == null ? null : Timestamp.from(next));
                    setInteger(update, 3, result.status());
                    update.setString(4, result.error());
                    update.setTimestamp(5, result.delivered() ? Timestamp.from(Instant.now(clock)) : null);
                    update.setLong(6, outcome.claim.id);
                    update.setInt(7, attempts);
                    update.addBatch();
                    attempt.setLong(1, outcome.claim.id);
                    attempt.setTimestamp(2, Timestamp.from(outcome.at));
                    setInteger(attempt, 3, result.status());
                    attempt.setString(4, result.error());
                    attempt.setInt(5, outcome.durationMs);
                    attempt.setLong(6, outcome.claim.id);
                    attempt.addBatch();
                }
                update.executeBatch();
                attempt.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** ±20 %, so that the retries of many deliveries that failed together do not come back together. */
    static Duration jittered(Duration delay) {
        double factor = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (delay.toMillis() * factor)));
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }


    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(config.webhooks().timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
            http = client;
        }
        return client;
    }
}
