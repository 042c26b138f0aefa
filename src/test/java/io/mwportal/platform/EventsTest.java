package io.mwportal.platform;

import static io.mwportal.support.WebhookReceiver.bodyContains;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.mwportal.platform.events.Dispatcher;
import io.mwportal.support.EventApi;
import io.mwportal.support.JobApi;
import io.mwportal.support.StandardWebhooks;
import io.mwportal.support.Tokens;
import io.mwportal.support.WageApi;
import io.mwportal.support.WebhookReceiver;
import io.mwportal.support.WebhookReceiver.Received;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Events end to end with real Keycloak tokens: the outbox written with the change (and only then), the worker's
 * inbox in their language, channels, webhooks signed per Standard Webhooks (checked by {@link StandardWebhooks},
 * written from the specification), retries, dead letters, replays, rotation, the feed, and two dispatchers.
 */
@QuarkusTest
class EventsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    EntityManager em;

    @Inject
    Dispatcher dispatcher;

    @Test
    void theWorkerReadsWhatHappenedToTheirCaseInTheirLanguage() {
        String tn = WageApi.fileValid("wang.worker");
        JsonPath zh = EventApi.inbox("wang.worker", "zh-CN");
        assertEquals("您的欠薪投诉已提交，编号 " + tn + "。劳动保障监察机构将在 5 个工作日内决定是否受理。",
                messageOf(zh, "wage-complaint.submit", tn));
        assertEquals("Your wage complaint was filed: " + tn
                + ". The labour inspectorate decides within 5 working days whether to accept it.",
                messageOf(EventApi.inbox("wang.worker", "en"), "wage-complaint.submit", tn));
        int unread = zh.getInt("unreadCount");

        WageApi.act("inspector.guta", tn, "accept", null).then().statusCode(200);
        // A refused action announces nothing: the event is written in the action's transaction or not at all.
        WageApi.act("inspector.guta", tn, "accept", null).then().statusCode(409);
        assertEquals(List.of("wage-complaint.submit", "wage-complaint.accept"), eventTypesOf(tn));

        JsonPath after = EventApi.inbox("wang.worker", "zh-CN");
        assertEquals(unread + 1, after.getInt("unreadCount"));
        assertEquals("您的欠薪投诉（" + tn + "）已受理，进入调查处理。", messageOf(after, "wage-complaint.accept", tn));
        Map<String, Object> accepted = itemOf(after, "wage-complaint.accept", tn);
        assertEquals(Map.of("caseType", "WAGE_COMPLAINT", "trackingNumber", tn, "action", "accept", "status",
                "INVESTIGATING"), accepted.get("data"));
        long id = ((Number) accepted.get("id")).longValue();

        // Someone else's notification is not there for them, and cannot be touched.
        assertEquals(null, itemOf(EventApi.inbox("li.worker", "zh-CN"), "wage-complaint.accept", tn));
        given().auth().oauth2(Tokens.of("li.worker")).post("/api/v1/me/notifications/" + id + "/read").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("wang.worker")).post("/api/v1/me/notifications/" + id + "/read").then()
                .statusCode(204);
        given().auth().oauth2(Tokens.of("wang.worker")).post("/api/v1/me/notifications/" + id + "/read").then()
                .statusCode(204);
        JsonPath read = EventApi.inbox("wang.worker", "zh-CN");
        assertEquals(unread, read.getInt("unreadCount"));
        assertEquals(true, itemOf(read, "wage-complaint.accept", tn).get("read"));
        given().auth().oauth2(Tokens.of("wang.worker")).queryParam("unread", true).queryParam("size", 100)
                .get("/api/v1/me/notifications").then().statusCode(200).body("items.id", not(hasItem((int) id)))
                .body("items.read", everyItem(equalTo(false)));
        given().auth().oauth2(Tokens.of("inspector.guta")).get("/api/v1/me/notifications").then().statusCode(403);
        given().auth().oauth2(Tokens.of("wang.worker")).post("/api/v1/me/notifications/read-all").then().statusCode(204);
        assertEquals(0, EventApi.inbox("wang.worker", "zh-CN").getInt("unreadCount"));
    }

    @Test
    void aWorkerChoosesChannelsAndEachEventGoesOutOnThem() {
        var worker = given().auth().oauth2(Tokens.of("li.worker")).contentType(ContentType.JSON);
        worker.body(Map.of("channels", List.of("SMS"))).put("/api/v1/me/notification-settings").then().statusCode(422)
                .body("errors[0].field", equalTo("phone")).body("errors[0].code", equalTo("REQUIRED_FOR_SMS"));
        given().auth().oauth2(Tokens.of("li.worker")).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("SMS", "CARRIER_PIGEON"))).put("/api/v1/me/notification-settings")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.of("li.worker")).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("SMS"), "phone", "13800138000")).put("/api/v1/me/notification-settings")
                .then().statusCode(200).body("channels", equalTo(List.of("SMS"))).body("phone", equalTo("138****8000"));
        try {
            String tn = WageApi.file("li.worker", WageApi.complaint()).then().statusCode(201).extract()
                    .path("trackingNumber");
            long eventId = eventIdOf(tn, "wage-complaint.submit");
            // The development channel (log) delivers every event; the delivery is recorded with its attempt.
            assertEquals("DELIVERED", awaitDelivery(eventId, "SMS"));
            assertEquals(1L, count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id"
                    + " where d.event_id = " + eventId + " and d.channel = 'SMS'"));
            // wang chose nothing: inbox only.
            String wangs = WageApi.fileValid("wang.worker");
            dispatchNow();
            assertEquals(0L, count("select count(*) from delivery where event_id = " + eventIdOf(wangs,
                    "wage-complaint.submit")));
        } finally {
            given().auth().oauth2(Tokens.of("li.worker")).contentType(ContentType.JSON)
                    .body(Map.of("channels", List.of())).put("/api/v1/me/notification-settings").then().statusCode(200);
        }
    }

    @Test
    void aPartnerAppHearsOfItsOwnVacanciesOnlySigned() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // People's tokens never carry events:subscribe; subscriptions are checked.
            subscribe(Tokens.of("jobcenter.guta"), receiver.url(), List.of("vacancy.published")).then().statusCode(403);
            subscribe(Tokens.partnerDemo(), receiver.url(), List.of("wage-complaint.accept", "no.such-type")).then()
                    .statusCode(422).body("errors.field", equalTo(List.of("eventTypes[0]", "eventTypes[1]")))
                    .body("errors.code", equalTo(List.of("EVENT_TYPE_NOT_FOR_CLIENT", "UNKNOWN_EVENT_TYPE")));
            subscribe(Tokens.partnerDemo(), "ftp://partner.example.com/x", List.of("vacancy.published")).then()
                    .statusCode(422).body("errors[0].code", equalTo("HTTPS_REQUIRED"));
            var created = subscribe(Tokens.partnerDemo(), receiver.url(),
                    List.of("vacancy.published", "job-application.received")).then().statusCode(201)
                    .header("Location", containsString("/api/v1/webhooks/")).body("secret", startsWith("whsec_"))
                    .extract();
            long subscription = ((Number) created.path("id")).longValue();
            String secret = created.path("secret");
            try {
                given().auth().oauth2(Tokens.partnerDemo()).get("/api/v1/webhooks/" + subscription).then()
                        .statusCode(200).body("secret", equalTo(null));
                given().auth().oauth2(EventApi.inspectionDemo()).get("/api/v1/webhooks/" + subscription).then()
                        .statusCode(404);

                long ours = JobApi.published(Tokens.partnerDemo(), JobApi.vacancy("钢筋工", "锦州某伙伴建筑有限公司"));
                long theirs = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("木工", "锦州某木业有限公司"));
                List<Received> published = receiver.await(bodyContains("\"vacancyId\":" + ours), 1, WAIT);
                assertThat(published, hasSize(1));
                Received message = published.get(0);
                assertTrue(StandardWebhooks.verify(secret, message), "signature verified from the specification");
                assertFalse(StandardWebhooks.verify(secret, message.id(), message.timestamp(), message.signature(),
                        message.body().replace("published", "withdrawn")), "a changed body fails");
                assertThat(message.id(), startsWith("msg_"));
                Map<String, Object> body = WebhookReceiver.json(message);
                assertEquals("vacancy.published", body.get("type"));

                given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("phone", "13800138000", "message", "我有焊工证"))
                        .post("/api/v1/jobs/" + ours + "/applications").then().statusCode(201);
                List<Received> applied = receiver.await(bodyContains("job-application.received"), 1, WAIT);
                assertThat(applied, hasSize(1));
                assertTrue(StandardWebhooks.verify(secret, applied.get(0)));
                // The applicant's details stay behind the API.
                assertFalse(applied.get(0).body().contains("13800138000"));
                assertFalse(applied.get(0).body().contains("焊工证"));

                // The job centre's own vacancy is not the partner's to hear of.
                dispatchNow();
                assertThat(receiver.await(bodyContains("\"vacancyId\":" + theirs), 1, Duration.ofMillis(500)), hasSize(0));

                // The feed gives the same events, by client, and continues from `next`.
                JsonPath feed = given().auth().oauth2(Tokens.partnerDemo()).queryParam("limit", 500).get("/api/v1/events")
                        .then().statusCode(200).extract().jsonPath();
                List<String> subjects = feed.getList("items.subjectId");
                assertThat(subjects, hasItem(Long.toString(ours)));
                assertThat(subjects, not(hasItem(Long.toString(theirs))));
                assertThat(feed.getList("items.type"), not(hasItem(startsWith("wage-complaint."))));
                String next = drain(Tokens.partnerDemo(), feed.getString("next"));
                given().auth().oauth2(Tokens.partnerDemo()).queryParam("after", next).get("/api/v1/events").then()
                        .statusCode(200).body("items", hasSize(0)).body("next", equalTo(next));
                given().auth().oauth2(Tokens.partnerDemo()).queryParam("after", "not-a-cursor").get("/api/v1/events")
                        .then().statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
                given().auth().oauth2(Tokens.of("jobcenter.guta")).get("/api/v1/events").then().statusCode(403);
                List<String> inspection = given().auth().oauth2(EventApi.inspectionDemo()).queryParam("limit", 500)
                        .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items.type");
                assertThat(inspection, not(hasItem(startsWith("vacancy."))));
            } finally {
                unsubscribe(Tokens.partnerDemo(), subscription);
            }
        }
    }

    @Test
    void anOfficeIntegrationHearsOfItsOfficesCases() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String token = EventApi.inspectionDemo();
            subscribe(token, receiver.url(), List.of("vacancy.published")).then().statusCode(422)
                    .body("errors[0].code", equalTo("EVENT_TYPE_NOT_FOR_CLIENT"));
            var created = subscribe(token, receiver.url(), List.of("wage-complaint.submit")).then().statusCode(201)
                    .extract();
            long subscription = ((Number) created.path("id")).longValue();
            try {
                String guta = WageApi.fileValid("wang.worker");
                Map<String, Object> elsewhere = WageApi.complaint();
                WageApi.part(elsewhere, "workplace").put("district", "210703");
                String linghe = WageApi.file("wang.worker", elsewhere).then().statusCode(201).extract()
                        .path("trackingNumber");
                List<Received> received = receiver.await(bodyContains(guta), 1, WAIT);
                assertThat(received, hasSize(1));
                assertTrue(StandardWebhooks.verify(created.path("secret"), received.get(0)));
                // No personal data: the complainant's name, ID number and phone are not in the message.
                assertFalse(received.get(0).body().contains("王强"));
                assertFalse(received.get(0).body().contains("21070219900101123X"));
                dispatchNow();
                assertThat(receiver.await(bodyContains(linghe), 1, Duration.ofMillis(500)), hasSize(0));
            } finally {
                unsubscribe(token, subscription);
            }
        }
    }

    @Test
    void aFailingEndpointIsRetriedThenDeadThenReplayedWithTheSameId() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(500);
            String token = Tokens.partnerDemo();
            long subscription = ((Number) subscribe(token, receiver.url(), List.of("vacancy.withdrawn")).then()
                    .statusCode(201).extract().path("id")).longValue();
            try {
                long vacancy = JobApi.published(token, JobApi.vacancy("电工", "锦州某电气安装有限公司"));
                given().auth().oauth2(token).post("/api/v1/jobs/" + vacancy + "/actions/withdraw").then().statusCode(200);
                // The first try and the two retries of the test profile (0.3 s apart, with jitter).
                List<Received> tries = receiver.await(bodyContains("\"vacancyId\":" + vacancy), 3, WAIT);
                assertThat(tries, hasSize(3));
                assertEquals(1, tries.stream().map(Received::id).distinct().count(), "one message, retried");
                JsonPath deliveries = awaitState(token, subscription, "DEAD");
                assertEquals(3, deliveries.getInt("items[0].attempts"));
                assertEquals(List.of(500, 500, 500), deliveries.getList("items[0].attemptLog.responseStatus"));
                long delivery = deliveries.getLong("items[0].id");

                receiver.answer(204);
                given().auth().oauth2(token).post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery
                        + "/actions/replay").then().statusCode(202);
                List<Received> again = receiver.await(bodyContains("\"vacancyId\":" + vacancy), 4, WAIT);
                assertThat(again, hasSize(4));
                assertEquals(tries.get(0).id(), again.get(3).id());
                awaitState(token, subscription, "DELIVERED");
                given().auth().oauth2(token).post("/api/v1/webhooks/" + subscription + "/deliveries/999999999"
                        + "/actions/replay").then().statusCode(404);
            } finally {
                unsubscribe(token, subscription);
            }
        }
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneForADay() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String token = Tokens.partnerDemo();
            var created = subscribe(token, receiver.url(), List.of("vacancy.filled")).then().statusCode(201).extract();
            long subscription = ((Number) created.path("id")).longValue();
            String old = created.path("secret");
            try {
                given().auth().oauth2(token).header("If-Match", "\"99\"").post("/api/v1/webhooks/" + subscription
                        + "/actions/rotate-secret").then().statusCode(412);
                var rotated = given().auth().oauth2(token).post("/api/v1/webhooks/" + subscription
                        + "/actions/rotate-secret").then().statusCode(200).body("previousSecretValidUntil", notNullValue())
                        .extract();
                String current = rotated.path("secret");
                assertFalse(current.equals(old));
                long vacancy = JobApi.published(token, JobApi.vacancy("瓦工", "锦州某建筑装饰有限公司"));
                given().auth().oauth2(token).post("/api/v1/jobs/" + vacancy + "/actions/mark-filled").then()
                        .statusCode(200);
                Received message = receiver.await(bodyContains("\"vacancyId\":" + vacancy), 1, WAIT).get(0);
                assertEquals(2, message.signature().split(" ").length);
                assertTrue(StandardWebhooks.verify(old, message));
                assertTrue(StandardWebhooks.verify(current, message));
                assertFalse(StandardWebhooks.verify("whsec_" + java.util.Base64.getEncoder()
                        .encodeToString(new byte[32]), message));
            } finally {
                unsubscribe(token, subscription);
            }
        }
    }

    @Test
    void aPausedSubscriptionsDeliveriesAreSkippedAndCanBeReplayed() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String token = Tokens.partnerDemo();
            var created = subscribe(token, receiver.url(), List.of("vacancy.published")).then().statusCode(201).extract();
            long subscription = ((Number) created.path("id")).longValue();
            try {
                given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(Map.of("url", receiver.url(), "eventTypes", List.of("vacancy.published"), "active", false))
                        .put("/api/v1/webhooks/" + subscription).then().statusCode(200).body("active", equalTo(false));
                long vacancy = JobApi.published(token, JobApi.vacancy("油漆工", "锦州某涂装工程有限公司"));
                JsonPath skipped = awaitState(token, subscription, "SKIPPED");
                assertEquals(0, skipped.getInt("items[0].attempts") - 1, "claimed once, not sent");
                assertThat(receiver.received(), hasSize(0));
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("url", receiver.url(), "eventTypes", List.of("vacancy.published")))
                        .put("/api/v1/webhooks/" + subscription).then().statusCode(200).body("active", equalTo(true));
                given().auth().oauth2(token).post("/api/v1/webhooks/" + subscription + "/deliveries/"
                        + skipped.getLong("items[0].id") + "/actions/replay").then().statusCode(202);
                assertThat(receiver.await(bodyContains("\"vacancyId\":" + vacancy), 1, WAIT), hasSize(1));
            } finally {
                unsubscribe(token, subscription);
            }
        }
    }

    /**
     * Two dispatchers (threads, each with its own connections and transactions, besides the scheduled one) work
     * through 300 events for one subscription: every event arrives exactly once.
     */
    @Test
    void twoDispatchersDeliverEveryEventOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String token = Tokens.partnerDemo();
            long subscription = ((Number) subscribe(token, receiver.url(), List.of("vacancy.filled")).then()
                    .statusCode(201).extract().path("id")).longValue();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                String marker = "two-dispatchers-" + UUID.randomUUID();
                AtomicBoolean done = new AtomicBoolean();
                List<Future<Integer>> dispatchers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    dispatchers.add(pool.submit(() -> {
                        int claimed = 0;
                        while (!done.get()) {
                            dispatcher.fanOut();
                            claimed += dispatcher.deliverDue();
                        }
                        return claimed;
                    }));
                }
                // Thirty transactions of ten events, as features would write them, while both dispatchers run.
                for (int batch = 0; batch < 30; batch++) {
                    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            insert into event (type, subject_id, occurred_at, office_jurisdiction, office_role, client_id, data)
                            select 'vacancy.filled', 'two-dispatchers-' || gen_random_uuid(), now(), '210702', 'job-center', 'partner-demo',
                                   jsonb_build_object('marker', :marker, 'vacancyId', g)
                              from generate_series(1, 10) g""").setParameter("marker", marker).executeUpdate());
                }
                List<Received> received = receiver.await(bodyContains(marker), 300, Duration.ofSeconds(30));
                Thread.sleep(1000); // anything delivered twice would arrive by now
                done.set(true);
                List<Integer> byThreads = new ArrayList<>();
                for (Future<Integer> d : dispatchers) {
                    byThreads.add(d.get());
                }
                received = receiver.received().stream().filter(bodyContains(marker)).toList();
                Set<String> ids = new HashSet<>();
                received.forEach(r -> ids.add(r.id()));
                System.out.printf("two dispatchers: %d messages, %d distinct; claimed by the two test dispatchers: %s"
                        + " (the rest by the scheduled one)%n", received.size(), ids.size(), byThreads);
                assertEquals(300, ids.size(), "every event delivered");
                assertEquals(300, received.size(), "none delivered twice");
                assertEquals(300L, count("select count(*) from delivery where subscription_id = " + subscription
                        + " and state = 'DELIVERED'"));
            } finally {
                pool.shutdownNow();
                unsubscribe(token, subscription);
            }
        }
    }

    private static Response subscribe(String token, String url, List<String> types) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", url, "eventTypes", types, "description", "test")).post("/api/v1/webhooks");
    }

    private static void unsubscribe(String token, long subscription) {
        given().auth().oauth2(token).delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        given().auth().oauth2(token).get("/api/v1/webhooks/" + subscription).then().statusCode(404);
    }

    /** Follows the feed to its end; the last `next`. */
    private static String drain(String token, String next) {
        while (true) {
            JsonPath page = given().auth().oauth2(token).queryParam("after", next).queryParam("limit", 500)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getString("next");
        }
    }

    private static JsonPath awaitState(String token, long subscription, String state) {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (true) {
            JsonPath deliveries = given().auth().oauth2(token).get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            if (state.equals(deliveries.getString("items[0].state")) || System.currentTimeMillis() > until) {
                assertEquals(state, deliveries.getString("items[0].state"));
                return deliveries;
            }
            sleep(100);
        }
    }

    private String awaitDelivery(long eventId, String channel) {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (true) {
            List<?> states = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select state from delivery where event_id = :e and channel = :c").setParameter("e", eventId)
                    .setParameter("c", channel).getResultList());
            if ((!states.isEmpty() && !"PENDING".equals(states.get(0))) || System.currentTimeMillis() > until) {
                return states.isEmpty() ? null : (String) states.get(0);
            }
            sleep(100);
        }
    }

    /** Runs a round of fan-out and delivery now (the scheduler may be running one too; that is the point). */
    private void dispatchNow() {
        try {
            sleep(300);
            dispatcher.fanOut();
            dispatcher.deliverDue();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> eventTypesOf(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select type from event where subject_id = :s order by id", String.class).setParameter("s", subject)
                .getResultList());
    }

    private long eventIdOf(String subject, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from event where subject_id = :s and type = :t").setParameter("s", subject)
                .setParameter("t", type).getSingleResult()).longValue());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> itemOf(JsonPath inbox, String type, String subject) {
        return inbox.getList("items", Map.class).stream()
                .filter(n -> type.equals(n.get("type")) && subject.equals(n.get("subjectId")))
                .map(n -> (Map<String, Object>) n).findFirst().orElse(null);
    }

    private static String messageOf(JsonPath inbox, String type, String subject) {
        Map<String, Object> item = itemOf(inbox, type, subject);
        return item == null ? null : (String) item.get("message");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
