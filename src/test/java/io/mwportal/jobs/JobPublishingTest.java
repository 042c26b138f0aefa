package io.mwportal.jobs;

import static io.mwportal.support.JobApi.create;
import static io.mwportal.support.JobApi.published;
import static io.mwportal.support.JobApi.vacancy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Publishing rules, the discrimination screen and ownership, with real tokens (incl. the partner client). */
@QuarkusTest
class JobPublishingTest {

    @Inject
    EntityManager em;

    private static String guta() {
        return Tokens.of("jobcenter.guta");
    }

    private long vacancyCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from vacancy").getSingleResult()).longValue());
    }

    private void rejected(Consumer<Map<String, Object>> change, int status, String field, String code) {
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        change.accept(body);
        long before = vacancyCount();
        var response = create(guta(), body).then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        if (code != null) {
            response.body("errors.code", hasItem(code));
        }
        assertEquals(before, vacancyCount(), "nothing stored");
    }

    @ParameterizedTest(name = "missing {0}")
    @ValueSource(strings = { "employer", "title", "duties", "requirements", "headcount", "district", "address", "pay",
            "occupationCode", "employmentType", "validThrough", "benefits", "contact" })
    void everyRequiredField(String field) {
        rejected(b -> b.remove(field), 400, field, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldFormats() {
        rejected(b -> ((Map<String, Object>) b.get("employer")).put("creditCode", "91210700MA0Y0D6U4J"), 400,
                "employer.creditCode", "UNIFIED_SOCIAL_CREDIT_CODE");
        rejected(b -> b.put("occupationCode", "9-99-99-99"), 422, "occupationCode", "UNKNOWN_OCCUPATION");
        rejected(b -> b.put("occupationCode", "618024"), 400, "occupationCode", "PATTERN");
        rejected(b -> b.put("district", "110101"), 422, "district", "UNKNOWN_JURISDICTION");
        rejected(b -> b.put("headcount", 0), 400, "headcount", "MIN");
        rejected(b -> b.put("employmentType", "SLAVE"), 400, "employmentType", "INVALID_TYPE");
        rejected(b -> b.put("contact", Map.of("name", "张", "phone", "12345")), 400, "contact.phone", "MOBILE_PHONE");
    }

    @ParameterizedTest(name = "{0}: {1} {2}-{3} per {4} in {5} → {6} {7}")
    @CsvSource({ "low month, FULL_TIME, 1500.00, 3000.00, MONTH, 210702, 422, BELOW_MINIMUM_WAGE",
            "ok month, FULL_TIME, 1910.00, 3000.00, MONTH, 210702, 201, ",
            // Full-time by the day or hour: the monthly figure over 21.75 days (87.82) or 174 hours (10.98).
            "low day, FULL_TIME, 87.81, 200.00, DAY, 210702, 422, BELOW_MINIMUM_WAGE",
            "ok day, FULL_TIME, 100.00, 200.00, DAY, 210702, 201, ",
            "ok hour, FULL_TIME, 10.98, 25.00, HOUR, 210702, 201, ",
            // Part-time: the hourly figure (19), a day of at most 4 hours (76), never by the month.
            "low part-time hour, PART_TIME, 18.99, 20.00, HOUR, 210702, 422, BELOW_MINIMUM_WAGE",
            "ok part-time hour, PART_TIME, 19.00, 25.00, HOUR, 210702, 201, ",
            "ok part-time day, PART_TIME, 76.00, 100.00, DAY, 210702, 201, ",
            "part-time month, PART_TIME, 3000.00, 3000.00, MONTH, 210702, 422, PART_TIME_PAID_MONTHLY",
            // Heishan County is in the lower tier (1710).
            "county month, FULL_TIME, 1800.00, 2500.00, MONTH, 210726, 201, ",
            "city month, FULL_TIME, 1800.00, 2500.00, MONTH, 210702, 422, BELOW_MINIMUM_WAGE",
            "max below min, FULL_TIME, 5000.00, 4999.99, MONTH, 210702, 422, PAY_MAX_BELOW_MIN" })
    void payMustReachTheMinimumWage(String label, String type, String min, String max, String unit, String district,
            int status, String code) {
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        body.put("pay", Map.of("min", min, "max", max, "unit", unit));
        body.put("employmentType", type);
        body.put("district", district);
        var response = create(guta(), body).then().statusCode(status);
        if (code != null) {
            String field = switch (code) {
                case "PAY_MAX_BELOW_MIN" -> "pay.max";
                case "PART_TIME_PAID_MONTHLY" -> "pay.unit";
                default -> "pay.min";
            };
            response.body("code", equalTo("VACANCY_INVALID")).body("errors.code", equalTo(List.of(code)))
                    .body("errors[0].field", equalTo(field));
        } else {
            response.body("pay.min", equalTo(min)).body("pay.unit", equalTo(unit));
        }
    }

    @Test
    void anUpdateIsCheckedLikeACreation() {
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        long id = published(guta(), body);
        String etag = given().auth().oauth2(guta()).get("/api/v1/jobs/" + id).then().extract().header("ETag");

        Map<String, Object> discriminatory = new java.util.HashMap<>(body);
        discriminatory.put("requirements", "限男性，持焊工证");
        given().auth().oauth2(guta()).contentType(ContentType.JSON).header("If-Match", etag).body(discriminatory)
                .put("/api/v1/jobs/" + id).then().statusCode(422).body("errors[0].code", equalTo("SCREEN_SEX"))
                .body("errors[0].field", equalTo("requirements"));
        Map<String, Object> underpaid = new java.util.HashMap<>(body);
        underpaid.put("pay", Map.of("min", "1000.00", "max", "1200.00", "unit", "MONTH"));
        given().auth().oauth2(guta()).contentType(ContentType.JSON).header("If-Match", etag).body(underpaid)
                .put("/api/v1/jobs/" + id).then().statusCode(422).body("errors[0].code", equalTo("BELOW_MINIMUM_WAGE"));
        given().get("/api/v1/jobs/" + id).then().body("requirements", equalTo(body.get("requirements")))
                .body("pay.min", equalTo("5000.00")).header("ETag", equalTo(etag));

        Map<String, Object> better = new java.util.HashMap<>(body);
        better.put("headcount", 9);
        better.put("pay", Map.of("min", "5500.00", "max", "7500.00", "unit", "MONTH"));
        given().auth().oauth2(guta()).contentType(ContentType.JSON).header("If-Match", etag).body(better)
                .put("/api/v1/jobs/" + id).then().statusCode(200).body("headcount", equalTo(9))
                .body("pay.min", equalTo("5500.00")).body("status", equalTo("PUBLISHED"))
                .header("ETag", not(equalTo(etag)));
        given().auth().oauth2(guta()).contentType(ContentType.JSON).header("If-Match", etag).body(better)
                .put("/api/v1/jobs/" + id).then().statusCode(412);
        // The search index follows the update: the higher pay is found, the old floor no longer matters.
        given().queryParam("minPay", "5400").queryParam("district", "210702").queryParam("size", 60)
                .get("/api/v1/jobs").then().body("items.id", hasItem((int) id));

        given().auth().oauth2(guta()).post("/api/v1/jobs/" + id + "/actions/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().get("/api/v1/jobs/" + id).then().statusCode(404);
        given().auth().oauth2(guta()).contentType(ContentType.JSON).body(better).put("/api/v1/jobs/" + id).then()
                .statusCode(409).body("code", equalTo("VACANCY_CLOSED"));
        given().auth().oauth2(guta()).post("/api/v1/jobs/" + id + "/actions/mark-filled").then().statusCode(409)
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void validThroughIsRequiredAndBounded() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        rejected(b -> b.put("validThrough", today.minusDays(1).toString()), 422, "validThrough", "IN_PAST");
        rejected(b -> b.put("validThrough", today.plusDays(91).toString()), 422, "validThrough", "TOO_FAR_AHEAD");
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        body.put("validThrough", today.plusDays(90).toString());
        create(guta(), body).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "requirements, 限男性，身体健康, SCREEN_SEX, 限男性",
            "requirements, 女士优先, SCREEN_SEX, 女士优先",
            "title, 只招男焊工, SCREEN_SEX, 只招男",
            "requirements, 仅限本地户口, SCREEN_HUKOU_OR_REGION, 仅限本地户口",
            "requirements, 外地人勿扰, SCREEN_HUKOU_OR_REGION, 外地人勿扰",
            "requirements, 农村户口免谈, SCREEN_HUKOU_OR_REGION, 农村户口免谈",
            "requirements, 乙肝携带者勿扰, SCREEN_DISEASE_CARRIER, 乙肝携带者勿扰",
            "requirements, 入职需查乙肝两对半, SCREEN_DISEASE_CARRIER, 乙肝两对半",
            "requirements, 限未婚, SCREEN_MARRIAGE_OR_CHILDBIRTH, 限未婚",
            "requirements, 三年内不得生育, SCREEN_MARRIAGE_OR_CHILDBIRTH, 三年内不得生育",
            "requirements, 汉族优先, SCREEN_ETHNICITY, 汉族优先",
            "requirements, 谢绝宗教人士, SCREEN_RELIGION, 谢绝宗教",
            "title, 高薪招聘焊工, SCREEN_HYPE, 高薪",
            "duties, 培训合格包就业, SCREEN_HYPE, 包就业" })
    void discriminatoryOrHypeTextIsRejectedWithThePhrase(String field, String text, String code, String phrase) {
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        body.put(field, text);
        long before = vacancyCount();
        create(guta(), body).then().statusCode(422).body("code", equalTo("VACANCY_INVALID"))
                .body("errors.find { it.code == '" + code + "' }.field", equalTo(field))
                .body("errors.find { it.code == '" + code + "' }.message", containsString(phrase));
        assertEquals(before, vacancyCount());
    }

    @Test
    void severalProblemsAreReportedTogether() {
        Map<String, Object> body = vacancy("高薪电焊工", "锦州某机械制造有限公司");
        body.put("requirements", "限男性，本地户口，乙肝勿扰");
        create(guta(), body).then().statusCode(422)
                .body("errors.code", hasItems("SCREEN_HYPE", "SCREEN_SEX", "SCREEN_HUKOU_OR_REGION",
                        "SCREEN_DISEASE_CARRIER"));
        given().auth().oauth2(guta()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(body).post("/api/v1/jobs")
                .then().body("errors.find { it.code == 'SCREEN_SEX' }.message", equalTo("restricts by sex: \"限男性\""));
    }

    @Test
    void fairTextPasses() {
        Map<String, Object> body = vacancy("电焊工", "锦州某机械制造有限公司");
        body.put("requirements", "男女不限，欢迎农民工和退役军人报名，有焊工证者可直接上岗。");
        create(guta(), body).then().statusCode(201);
    }

    @Test
    void lifecycleAndOwnershipAcrossCentres() {
        String taihe = Tokens.of(KeycloakAdmin.createUser("jobcenter.taihe", "job-center", "210711"));
        long id = ((Number) create(guta(), vacancy("电焊工", "锦州某机械制造有限公司")).then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("jobCenter", equalTo("210702"))
                .body("occupationName", equalTo("焊工")).body("occupationEdition", equalTo("2022"))
                .extract().path("id")).longValue();
        given().get("/api/v1/jobs/" + id).then().statusCode(404);
        for (String path : List.of("/actions/publish", "/actions/withdraw", "/actions/mark-filled", "/applications")) {
            var request = given().auth().oauth2(taihe);
            (path.equals("/applications") ? request.get("/api/v1/jobs/" + id + path)
                    : request.post("/api/v1/jobs/" + id + path)).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(taihe).contentType(ContentType.JSON).body(vacancy("电焊工", "x"))
                .put("/api/v1/jobs/" + id).then().statusCode(404);
        given().auth().oauth2(taihe).get("/api/v1/jobs/" + id).then().statusCode(404);
        given().auth().oauth2(taihe).queryParam("size", 100).get("/api/v1/job-center/vacancies").then()
                .statusCode(200).body("items.id", not(hasItem((int) id)));

        String etag = given().auth().oauth2(guta()).get("/api/v1/jobs/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(guta()).header("If-Match", "\"42\"").post("/api/v1/jobs/" + id + "/actions/publish")
                .then().statusCode(412);
        given().auth().oauth2(guta()).header("If-Match", etag).post("/api/v1/jobs/" + id + "/actions/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get("/api/v1/jobs/" + id).then().statusCode(200);
        given().auth().oauth2(guta()).post("/api/v1/jobs/" + id + "/actions/publish").then().statusCode(409)
                .body("allowedActions", equalTo(List.of("withdraw", "mark-filled")));
        given().auth().oauth2(guta()).post("/api/v1/jobs/" + id + "/actions/fly").then().statusCode(404);
        given().auth().oauth2(guta()).post("/api/v1/jobs/" + id + "/actions/mark-filled").then().statusCode(200)
                .body("status", equalTo("FILLED"));
        given().get("/api/v1/jobs/" + id).then().statusCode(404);
        given().auth().oauth2(guta()).queryParam("status", "FILLED").queryParam("size", 100)
                .get("/api/v1/job-center/vacancies").then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(Tokens.of("wang.worker")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "w-1").body(vacancy("x", "y")).post("/api/v1/jobs").then().statusCode(403);
    }

    @Test
    void partnerAppPublishesForItsOneCentre() {
        long id = published(Tokens.partnerDemo(), vacancy("叉车司机", "锦州合作伙伴物流有限公司"));
        given().auth().oauth2(Tokens.partnerDemo()).get("/api/v1/jobs/" + id).then().statusCode(200)
                .body("jobCenter", equalTo("210702"));
        // The partner acts for the Guta centre: Guta sees it, and the partner cannot publish elsewhere.
        given().auth().oauth2(guta()).queryParam("size", 100).get("/api/v1/job-center/vacancies").then()
                .body("items.id", hasItem((int) id));
        String taihe = Tokens.of(KeycloakAdmin.createUser("jobcenter.taihe", "job-center", "210711"));
        long taiheId = ((Number) create(taihe, vacancy("电焊工", "锦州太和某厂")).then().statusCode(201)
                .body("jobCenter", equalTo("210711")).extract().path("id")).longValue();
        given().auth().oauth2(Tokens.partnerDemo()).post("/api/v1/jobs/" + taiheId + "/actions/publish").then()
                .statusCode(404);
        // Within Guta, the partner manages only what it created: not the centre's own vacancies or their applicants.
        long gutaOwn = published(guta(), vacancy("电焊工", "锦州古塔某厂"));
        given().auth().oauth2(Tokens.partnerDemo()).get("/api/v1/jobs/" + gutaOwn + "/applications").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.partnerDemo()).post("/api/v1/jobs/" + gutaOwn + "/actions/withdraw").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.partnerDemo()).queryParam("size", 100).get("/api/v1/job-center/vacancies")
                .then().statusCode(200).body("items.id", hasItem((int) id)).body("items.id", not(hasItem((int) gutaOwn)));
        given().auth().oauth2(Tokens.partnerDemo()).get("/api/v1/jobs/" + id + "/applications").then().statusCode(200);
    }
}
