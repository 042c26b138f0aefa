package io.mwportal.wages;

import static io.mwportal.support.WageApi.BASE;
import static io.mwportal.support.WageApi.act;
import static io.mwportal.support.WageApi.as;
import static io.mwportal.support.WageApi.complaint;
import static io.mwportal.support.WageApi.file;
import static io.mwportal.support.WageApi.fileValid;
import static io.mwportal.support.WageApi.get;
import static io.mwportal.support.WageApi.jpeg;
import static io.mwportal.support.WageApi.note;
import static io.mwportal.support.WageApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The whole journey with real Keycloak tokens: file with evidence, accept, extend, outcome, close, history. */
@QuarkusTest
class WageComplaintJourneyTest {

    @Inject
    EntityManager em;

    @Test
    void wangFilesAndInspectorGutaHandlesItToTheEnd() {
        var filed = file("wang.worker", complaint()).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/wage-complaints/WC-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("handlingOffice.jurisdiction", equalTo("210702"))
                .body("handlingOffice.nameZh", equalTo("古塔区劳动保障监察"))
                .body("deadline.purpose", equalTo("ACCEPTANCE"))
                .body("deadline.dueAt", notNullValue())
                .body("deadline.overdue", equalTo(false))
                .body("complainant.idNumber", equalTo("21070219900101123X"))
                .body("complainant.bankCard", equalTo("6222021234567890123"))
                .body("amountOwed", equalTo("36000.00"))
                .body("allowedActions", equalTo(List.of("withdraw")))
                .extract();
        String tn = filed.path("trackingNumber");

        // Evidence from the phone.
        byte[] payslip = jpeg(2048);
        upload("wang.worker", tn, "payslip-2025-10.jpg", payslip, "image/jpeg").then().statusCode(201)
                .body("contentType", equalTo("image/jpeg")).body("fileName", equalTo("payslip-2025-10.jpg"));

        // The bank card is encrypted at rest.
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select w.bank_card_encrypted from wage_complaint w join case_file c on c.id = w.case_id "
                        + "where c.tracking_number = :tn").setParameter("tn", tn).getSingleResult());
        assertFalse(stored.contains("6222021234567890123"));

        // The Guta inspector finds it in the office queue, sorted by due date.
        as("inspector.guta").queryParam("status", "SUBMITTED").queryParam("size", 100).get(BASE)
                .then().statusCode(200).body("items.trackingNumber", hasItem(tn))
                .body("totalItems", notNullValue());
        String etag = get("inspector.guta", tn).then().statusCode(200)
                .body("complainant.phone", equalTo("13800138000"))
                .body("allowedActions", equalTo(List.of("accept", "request-supplement", "refuse", "transfer")))
                .extract().header("ETag");
        Number attachmentId = as("inspector.guta").get(BASE + "/" + tn + "/attachments").then().statusCode(200)
                .body("fileName", equalTo(List.of("payslip-2025-10.jpg"))).extract().path("id[0]");
        byte[] downloaded = as("inspector.guta").get(BASE + "/" + tn + "/attachments/" + attachmentId).then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(payslip, downloaded);

        as("inspector.guta").header("If-Match", etag).contentType("application/json").body(note("材料齐全，予以受理"))
                .post(BASE + "/" + tn + "/actions/accept").then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"))
                .body("deadline.purpose", equalTo("INVESTIGATION"))
                .body("assignee", equalTo("inspector.guta"));
        act("inspector.guta", tn, "extend", note("需调取项目实名制考勤记录")).then().statusCode(200)
                .body("deadline.extended", equalTo(true));
        act("inspector.guta", tn, "extend", note("再延一次")).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("ALREADY_EXTENDED"));
        act("inspector.guta", tn, "record-outcome", Map.of("outcome", "RESOLVED", "amountRecovered", "36000.00",
                "note", "用人单位已足额支付")).then().statusCode(200)
                .body("status", equalTo("OUTCOME_RECORDED")).body("amountRecovered", equalTo("36000.00"))
                .body("deadline", nullValue());
        act("inspector.guta", tn, "close", null).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedActions", equalTo(List.of()));

        // The worker sees every step.
        List<String> actions = as("wang.worker").get(BASE + "/" + tn + "/history").then().statusCode(200)
                .body("[1].actorRole", equalTo("labour-inspector"))
                .body("[1].fromStatus", equalTo("SUBMITTED")).body("[1].toStatus", equalTo("INVESTIGATING"))
                .body("[1].note", equalTo("材料齐全，予以受理"))
                .body("[3].details.outcome", equalTo("RESOLVED"))
                .extract().path("action");
        assertEquals(List.of("SUBMIT", "ACCEPT", "EXTEND", "RECORD_OUTCOME", "CLOSE"), actions);
        get("wang.worker", tn).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("RESOLVED"));
        as("wang.worker").get(BASE).then().statusCode(200).body("items.trackingNumber", hasItem(tn));

        // Officer reads were audited; the worker's own were not.
        List<?> audited = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select a.what from case_read_audit a join case_file c on c.id = a.case_id "
                        + "where c.tracking_number = :tn and a.reader_name = 'inspector.guta' order by a.id")
                .setParameter("tn", tn).getResultList());
        // The queue list is not a read of the case; each read of it, its evidence and each action that was carried
        // out is (accept, extend, record-outcome, close; the refused second extension showed nothing and is not).
        assertEquals(List.of("CASE", "ATTACHMENTS", "ATTACHMENT:" + attachmentId, "ACTION", "ACTION", "ACTION",
                "ACTION"), audited);
        long byWorker = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_read_audit a join case_file c on c.id = a.case_id "
                        + "where c.tracking_number = :tn and a.reader_name = 'wang.worker'")
                .setParameter("tn", tn).getSingleResult()).longValue());
        assertEquals(0, byWorker);
    }

    @Test
    void historyIsAppendOnlyInTheDatabase() {
        String tn = fileValid("wang.worker");
        for (String statement : List.of("update case_history set note = 'x'", "delete from case_history")) {
            PersistenceException refused = assertThrows(PersistenceException.class, () -> QuarkusTransaction
                    .requiringNew().run(() -> em.createNativeQuery(statement + " where case_id = "
                            + "(select id from case_file where tracking_number = :tn)").setParameter("tn", tn)
                            .executeUpdate()));
            Throwable root = refused;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(root.getMessage().contains("case_history is append-only"), root.getMessage());
        }
        as("wang.worker").get(BASE + "/" + tn + "/history").then().body("[0].note", nullValue());
    }

    @Test
    void workerCanWithdrawAndTheClockStops() {
        String tn = fileValid("wang.worker");
        act("wang.worker", tn, "withdraw", note("已和老板协商解决")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("deadline", nullValue());
        act("wang.worker", tn, "withdraw", null).then().statusCode(409).body("allowedActions", equalTo(List.of()));
        upload("wang.worker", tn, "late.jpg", jpeg(100), "image/jpeg").then().statusCode(409)
                .body("code", equalTo("CASE_CLOSED"));
        act("inspector.guta", tn, "accept", null).then().statusCode(409)
                .body("code", equalTo("ACTION_NOT_ALLOWED_NOW"));
        get("wang.worker", tn).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
