package io.mwportal.residence;

import static io.mwportal.support.ResidenceApi.application;
import static io.mwportal.support.ResidenceApi.issued;
import static io.mwportal.support.ResidenceApi.person;
import static io.mwportal.support.ResidenceApi.submit;
import static io.mwportal.support.ResidenceApi.submitValid;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Eligibility decided at submission (居住证暂行条例 Art 2, 9): more than six months' residence counted as the statute
 * counts months, at least one basis, every missing item in one answer, who may apply for whom, and an ID number that
 * must agree with the person. Whatever is refused leaves nothing stored.
 */
@QuarkusTest
class ResidenceEligibilityTest {

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private long applications() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from residence_application").getSingleResult()).longValue());
    }

    private static Map<String, Object> registeredOn(LocalDate day) {
        Map<String, Object> body = application();
        body.put("residenceRegisteredOn", day.toString());
        return body;
    }

    private static Set<String> fields(Response response) {
        List<String> fields = response.then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("APPLICATION_INCOMPLETE")).extract().path("errors.field");
        return new TreeSet<>(fields);
    }

    @Test
    void moreThanSixMonthsCountedToTheMonthsEnd() {
        // Registered on 31 August: six months end on 28 February (no 31st), eligible from 1 March.
        TestClock.setToday(LocalDate.of(2027, 2, 28));
        long before = applications();
        submit("wang.worker", registeredOn(LocalDate.of(2026, 8, 31))).then().statusCode(422)
                .body("errors[0].field", equalTo("residenceRegisteredOn"))
                .body("errors[0].code", equalTo("RESIDENCE_TOO_SHORT"))
                .body("errors[0].message", equalTo("居住登记须满 6 个月以上，2027-03-01 起可以申领"));
        submit("wang.worker", registeredOn(LocalDate.of(2026, 8, 28))).then().statusCode(422);
        assertEquals(before, applications());
        submitValid("wang.worker", registeredOn(LocalDate.of(2026, 8, 27)));

        TestClock.setToday(LocalDate.of(2027, 3, 1));
        submitValid("wang.worker", registeredOn(LocalDate.of(2026, 8, 31)));
        // In a leap year the same registration ends on 29 February.
        TestClock.setToday(LocalDate.of(2028, 2, 29));
        submit("wang.worker", registeredOn(LocalDate.of(2027, 8, 31))).then().statusCode(422)
                .body("errors[0].code", equalTo("RESIDENCE_TOO_SHORT"));
        TestClock.setToday(LocalDate.of(2028, 3, 1));
        submitValid("wang.worker", registeredOn(LocalDate.of(2027, 8, 31)));
    }

    @Test
    void withoutABasisThereIsNoPermit() {
        Map<String, Object> body = application();
        body.put("bases", new ArrayList<>());
        submit("wang.worker", body).then().statusCode(422).body("errors.field", equalTo(List.of("bases")))
                .body("errors.code", equalTo(List.of("BASIS_REQUIRED")));
        body.remove("bases");
        submit("wang.worker", body).then().statusCode(422).body("errors.code", equalTo(List.of("BASIS_REQUIRED")));
    }

    @Test
    void oneNoticeListsEverythingMissing() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Map<String, Object> applicant = person("孙丽", LocalDate.of(1991, 3, 8), false);
        applicant.remove("name");
        applicant.put("ethnicity", "汉");
        applicant.put("birthDate", "1991-03-09");
        Map<String, Object> body = application(applicant);
        body.remove("hukouAddress");
        body.put("residenceAddress", " ");
        body.put("residenceRegisteredOn", today.minusMonths(2).toString());
        body.put("bases", new ArrayList<>(List.of(new HashMap<>(Map.of("type", "STABLE_HOME",
                "since", today.plusDays(3).toString())))));
        long before = applications();
        assertEquals(Set.of("applicant.name", "applicant.ethnicity", "applicant.idNumber", "hukouAddress",
                "residenceAddress", "residenceRegisteredOn", "bases[0].address", "bases[0].since"),
                fields(submit("wang.worker", body)));
        assertEquals(before, applications());

        submit("wang.worker", Map.of()).then().statusCode(422).body("errors.field", equalTo(List.of("applicant",
                "hukouAddress", "residenceAddress", "district", "residenceRegisteredOn", "bases")));
    }

    @Test
    void theIdNumberMustAgreeWithBirthDateAndSex() {
        Map<String, Object> applicant = person("吴刚", LocalDate.of(1985, 7, 1), true);
        // Check digit right, birth date in it 1985-07-01: the form says otherwise.
        applicant.put("birthDate", "1985-07-02");
        submit("wang.worker", application(applicant)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("applicant.idNumber")))
                .body("errors.code", equalTo(List.of("ID_NUMBER_BIRTH_DATE_MISMATCH")));
        applicant.put("birthDate", "1985-07-01");
        applicant.put("sex", "FEMALE");
        submit("wang.worker", application(applicant)).then().statusCode(422)
                .body("errors.code", equalTo(List.of("ID_NUMBER_SEX_MISMATCH")));
        // A wrong check digit is not a valid ID number at all (400, as everywhere).
        String id = (String) applicant.get("idNumber");
        applicant.put("sex", "MALE");
        applicant.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        submit("wang.worker", application(applicant)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("applicant.idNumber")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGuardianOrRelativeAppliesForAChildTheElderlyOrTheDisabled() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Map<String, Object> agent = new HashMap<>(Map.of("relationship", "PARENT", "reason", "UNDER_16", "name", "王强",
                "idNumber", "21070219900101123X"));
        Map<String, Object> child = person("王小明", today.minusYears(10), true);
        Map<String, Object> body = application(child);
        submit("wang.worker", body).then().statusCode(422).body("errors.field", equalTo(List.of("agent")))
                .body("errors.code", equalTo(List.of("AGENT_REQUIRED_FOR_MINOR")));
        body.put("agent", agent);
        submit("wang.worker", body).then().statusCode(201).body("agent.relationship", equalTo("PARENT"))
                .body("agent.reason", equalTo("UNDER_16")).body("agent.idNumber", equalTo("21070219900101123X"))
                .body("applicant.name", equalTo("王小明"));

        Map<String, Object> adult = application(person("王大山", today.minusYears(40), true));
        adult.put("agent", agent);
        submit("wang.worker", adult).then().statusCode(422).body("errors.field", equalTo(List.of("agent.reason")))
                .body("errors.code", equalTo(List.of("APPLICANT_NOT_MINOR")));
        adult.put("agent", new HashMap<>(Map.of("relationship", "CHILD", "reason", "ELDERLY", "name", "王强",
                "idNumber", "21070219900101123X")));
        submit("wang.worker", adult).then().statusCode(422).body("errors.code", equalTo(List.of("APPLICANT_NOT_ELDERLY")));

        Map<String, Object> elderly = application(person("王老汉", today.minusYears(65), true));
        elderly.put("agent", adult.get("agent"));
        submitValid("wang.worker", elderly);
        Map<String, Object> disabled = application(person("王二", today.minusYears(40), true));
        disabled.put("agent", new HashMap<>(Map.of("relationship", "SPOUSE", "reason", "DISABLED", "name", "王强",
                "idNumber", "21070219900101123X")));
        submitValid("wang.worker", disabled);

        Map<String, Object> self = application(person("王三", today.minusYears(40), true));
        Map<String, Object> selfAgent = new HashMap<>((Map<String, Object>) disabled.get("agent"));
        selfAgent.put("idNumber", ((Map<?, ?>) self.get("applicant")).get("idNumber"));
        selfAgent.remove("name");
        self.put("agent", selfAgent);
        assertEquals(Set.of("agent.name", "agent.idNumber"), fields(submit("wang.worker", self)));
    }

    @Test
    void onePersonOneOpenApplicationAndOnePermit() {
        Map<String, Object> body = application();
        submitValid("li.worker", body);
        submit("li.worker", body).then().statusCode(409).body("code", equalTo("APPLICATION_ALREADY_OPEN"));
        // Even through someone else's account: the person is the same.
        submit("wang.worker", body).then().statusCode(409).body("code", equalTo("APPLICATION_ALREADY_OPEN"));

        Map<String, Object> other = application(person("郑凯", LocalDate.of(1993, 9, 9), true));
        issued("li.worker", other);
        submit("li.worker", other).then().statusCode(409).body("code", equalTo("ALREADY_HOLDS_PERMIT"));
    }
}
