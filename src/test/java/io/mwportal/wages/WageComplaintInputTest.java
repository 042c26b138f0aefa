package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.fileValid;
import static io.mwportal.support.WageApi.jpeg;
import static io.mwportal.support.WageApi.part;
import static io.mwportal.support.WageApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bad input on every endpoint is a 4xx problem with nothing stored; retries and races create nothing twice. */
@QuarkusTest
class WageComplaintInputTest {

    @Inject
    EntityManager em;

    private long complaintCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from wage_complaint").getSingleResult()).longValue());
    }

    private void rejected(Consumer<Map<String, Object>> change, int status, String code, String field) {
        Map<String, Object> body = complaint();
        change.accept(body);
        long before = complaintCount();
        var response = file("wang.worker", body).then().statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(before, complaintCount(), "nothing stored");
    }

    @Test
    void missingAndMalformedFields() {
        rejected(b -> b.remove("complainant"), 400, "VALIDATION_FAILED", "complainant");
        rejected(b -> part(b, "complainant").remove("name"), 400, "VALIDATION_FAILED", "complainant.name");
        rejected(b -> b.remove("facts"), 400, "VALIDATION_FAILED", "facts");
        rejected(b -> part(b, "employer").put("address", " "), 400, "VALIDATION_FAILED", "employer.address");
        rejected(b -> b.put("amountOwed", "0"), 400, "VALIDATION_FAILED", "amountOwed");
        rejected(b -> b.put("amountOwed", "-5"), 400, "VALIDATION_FAILED", "amountOwed");
        rejected(b -> b.put("amountOwed", "100.123"), 400, "VALIDATION_FAILED", "amountOwed");
        rejected(b -> b.put("workersAffected", 0), 400, "VALIDATION_FAILED", "workersAffected");
        rejected(b -> b.put("representatives", List.of(rep(), rep(), rep(), rep(), rep(), rep())), 400,
                "VALIDATION_FAILED", "representatives");
        rejected(b -> b.put("representatives", List.of(Map.of("name", "李", "phone", "123"))), 400,
                "VALIDATION_FAILED", "representatives[0].phone");
    }

    private static Map<String, String> rep() {
        return Map.of("name", "代表", "phone", "13900139000");
    }

    @Test
    void checkDigitsAndFormats() {
        rejected(b -> part(b, "complainant").put("idNumber", "210702199001011234"), 400, "VALIDATION_FAILED",
                "complainant.idNumber");
        rejected(b -> part(b, "complainant").put("idNumber", "21070219901301123X"), 400, "VALIDATION_FAILED",
                "complainant.idNumber");
        rejected(b -> part(b, "complainant").put("phone", "23800138000"), 400, "VALIDATION_FAILED",
                "complainant.phone");
        rejected(b -> part(b, "complainant").put("bankCard", "6222-0212"), 400, "VALIDATION_FAILED",
                "complainant.bankCard");
        rejected(b -> part(b, "employer").put("creditCode", "91210700MA0Y0D6U4J"), 400, "VALIDATION_FAILED",
                "employer.creditCode");
        file("wang.worker", withChange(b -> part(b, "complainant").put("idNumber", "123"))).then().statusCode(400)
                .body("errors.find { it.field == 'complainant.idNumber' }.code", equalTo("ID_NUMBER"));
        as("wang.worker").header("Accept-Language", "en").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(withChange(b -> part(b, "employer").put("creditCode", "X"))).post(BASE).then().statusCode(400)
                .body("errors[0].message", equalTo(
                        "is not a valid unified social credit code (18 characters; wrong check character)"));
    }

    private static Map<String, Object> withChange(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = complaint();
        change.accept(body);
        return body;
    }

    @Test
    void rulesAcrossFields() {
        rejected(b -> b.put("periodEnd", "2025-02-01"), 422, "COMPLAINT_INVALID", "periodEnd");
        rejected(b -> b.put("periodEnd", "2099-01-01"), 422, "COMPLAINT_INVALID", "periodEnd");
        rejected(b -> part(b, "workplace").put("district", "110101"), 422, "COMPLAINT_INVALID", "workplace.district");
        rejected(b -> part(b, "workplace").remove("projectName"), 422, "COMPLAINT_INVALID", "workplace.projectName");
    }

    @Test
    void wrongTypesAndMalformedJson() {
        rejected(b -> b.put("periodStart", "yesterday"), 400, "INVALID_JSON_VALUE", "periodStart");
        rejected(b -> b.put("workersAffected", "many"), 400, "INVALID_JSON_VALUE", "workersAffected");
        rejected(b -> part(b, "workplace").put("construction", "maybe"), 400, "INVALID_JSON_VALUE",
                "workplace.construction");
        long before = complaintCount();
        as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", "m-1").body("{\"facts\": ")
                .post(BASE).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        as("wang.worker").header("Idempotency-Key", "m-2").contentType(ContentType.TEXT).body("hello")
                .post(BASE).then().statusCode(415).contentType("application/problem+json");
        as("wang.worker").contentType(ContentType.JSON).body(complaint()).post(BASE).then().statusCode(428)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        assertEquals(before, complaintCount());
    }

    @Test
    void badActionInputAndUnknownActions() {
        String tn = fileValid("wang.worker");
        act("inspector.guta", tn, "request-supplement", Map.of()).then().statusCode(422)
                .body("code", equalTo("ACTION_INPUT_MISSING")).body("errors.field", equalTo(List.of("missingItems")));
        act("inspector.guta", tn, "refuse", Map.of("note", "x")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("reasonCode")));
        act("inspector.guta", tn, "refuse", Map.of("reasonCode", "BECAUSE", "note", "x")).then().statusCode(400)
                .body("code", equalTo("INVALID_JSON_VALUE"));
        act("inspector.guta", tn, "transfer", Map.of("toJurisdiction", "210702", "note", "x")).then().statusCode(422)
                .body("errors[0].code", equalTo("SAME_OFFICE"));
        act("inspector.guta", tn, "transfer", Map.of("toJurisdiction", "999999", "note", "x")).then().statusCode(422)
                .body("errors[0].code", equalTo("UNKNOWN_JURISDICTION"));
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "RESOLVED")).then().statusCode(409)
                .body("allowedActions", equalTo(List.of("accept", "request-supplement", "refuse", "transfer")));
        act("inspector.guta", tn, "accept", null).then().statusCode(200);
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "RESOLVED")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("amountRecovered")));
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "ORDERED_TO_PAY", "amountOrdered", "-1"))
                .then().statusCode(400);
        act("inspector.guta", tn, "ACCEPT", null).then().statusCode(404).body("code", equalTo("UNKNOWN_ACTION"));
        act("inspector.guta", tn, "fly", null).then().statusCode(404).body("code", equalTo("UNKNOWN_ACTION"));
        act("inspector.guta", tn, "accept", "{not json").then().statusCode(400);
        List<String> actions = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(List.of("SUBMIT", "ACCEPT"), actions, "failed actions leave no trace");
    }

    @Test
    void badUploads() {
        String tn = fileValid("wang.worker");
        upload("wang.worker", tn, "big.jpg", jpeg(10 * 1024 * 1024 + 1), "image/jpeg").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("ATTACHMENT_TOO_LARGE"));
        upload("wang.worker", tn, "fake.jpg", "MZ this is not a picture".getBytes(), "image/jpeg").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_ATTACHMENT_TYPE"));
        upload("wang.worker", tn, "page.html", "<html></html>".getBytes(), "text/html").then().statusCode(415);
        upload("wang.worker", tn, "ok.pdf", "%PDF-1.7 minimal".getBytes(), "application/pdf").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"));
        as("wang.worker").header("Idempotency-Key", UUID.randomUUID().toString()).multiPart("other", "x")
                .post(BASE + "/" + tn + "/attachments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("file")));
        as("wang.worker").header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body("{}").post(BASE + "/" + tn + "/attachments").then().statusCode(415);
        as("wang.worker").get(BASE + "/" + tn + "/attachments").then().body("fileName", equalTo(List.of("ok.pdf")));
        as("wang.worker").get(BASE + "/" + tn + "/attachments/999999").then().statusCode(404);
        as("wang.worker").get(BASE + "/" + tn + "/attachments/abc").then().statusCode(400);
    }

    @Test
    void aRetriedSubmissionFilesOneComplaint() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaint();
        Response first = as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE);
        Response retry = as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE);
        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"));
        assertEquals(first.jsonPath().getString("trackingNumber"), retry.jsonPath().getString("trackingNumber"));
        body.put("amountOwed", "1.00");
        as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE).then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void concurrentRetriesFileOneComplaint() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = complaint();
        long before = complaintCount();
        int parallel = 10;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Callable<Response> call = () -> {
                go.await();
                return as("wang.worker").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE);
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        Set<String> numbers = new HashSet<>();
        for (Future<Response> future : futures) {
            Response response = future.get();
            assertEquals(201, response.statusCode(), response.asString());
            numbers.add(response.jsonPath().getString("trackingNumber"));
        }
        pool.shutdown();
        assertEquals(1, numbers.size());
        assertEquals(before + 1, complaintCount());
    }

    @Test
    void twoInspectorActionsAtOnceLetExactlyOneWin() throws Exception {
        String tn = fileValid("wang.worker");
        String etag = as("inspector.guta").get(BASE + "/" + tn).then().extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Response> accept = () -> {
            go.await();
            return as("inspector.guta").header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                    .post(BASE + "/" + tn + "/actions/accept");
        };
        Callable<Response> supplement = () -> {
            go.await();
            return as("inspector.guta").header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("missingItems", List.of("合同"))).post(BASE + "/" + tn + "/actions/request-supplement");
        };
        Future<Response> a = pool.submit(accept);
        Future<Response> b = pool.submit(supplement);
        go.countDown();
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().anyMatch(s -> s == 412 || s == 409), statuses.toString());
        List<String> actions = as("wang.worker").get(BASE + "/" + tn + "/history").then().extract().path("action");
        assertEquals(2, actions.size(), actions.toString());
    }
}
