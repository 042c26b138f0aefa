package io.mwportal.webclient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.net.URL;
import java.time.LocalDate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.support.Browser;
import io.mwportal.support.JobApi;
import io.mwportal.support.KeycloakAdmin;
import io.mwportal.support.LegalAidApi;
import io.mwportal.support.ResidenceApi;
import io.mwportal.support.Tokens;
import io.mwportal.support.TrainingApi;
import io.mwportal.support.WageApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reference web client (/app/) in a real headless Chromium at a phone's width, signing in on the real
 * Keycloak with authorisation code + PKCE and calling the API as any third party would. What the browser shows is
 * checked against what the API then holds.
 */
@QuarkusTest
class WebClientBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void letThisServerSignIn() {
        KeycloakAdmin.allowWebOrigin("portal-web", root.getProtocol() + "://" + root.getHost() + ":" + root.getPort());
    }

    @Test
    void aWorkerFilesWithEvidenceTheInspectorAcceptsFromTheQueueAndTheTimelineShowsIt() throws Exception {
        String trackingNumber;
        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/complaints/new");
            worker.signIn("wang.worker");
            worker.waitFor("#complaint-form");
            fillComplaint(worker, "13800138000");
            Path evidence = Files.createTempFile("pay-slip", ".png");
            Files.write(evidence, WageApi.png());
            worker.driver.findElement(By.name("evidence")).sendKeys(evidence.toString());
            worker.click("#file-submit");

            trackingNumber = worker.waitFor(".filed[data-tracking-number]").getAttribute("data-tracking-number");
            assertThat(worker.waitFor(".uploaded").getText(), containsString("1"));
            WageApi.get("wang.worker", trackingNumber).then().statusCode(200);
            List<?> attachments = WageApi.as("wang.worker").get(WageApi.BASE + "/" + trackingNumber + "/attachments")
                    .then().statusCode(200).extract().path("$");
            assertThat(attachments, hasSize(1));

            worker.click("#follow");
            worker.waitUntil("#case-status", "data-status", "SUBMITTED");
            assertThat(worker.waitFor(".clock").getText(), allOf(containsString("受理期限"), containsString("个工作日")));
            assertThat(worker.all("#timeline li"), hasSize(1));
        }

        try (Browser inspector = Browser.phone(root.toString())) {
            inspector.open("#/queue");
            inspector.signIn("inspector.guta");
            WebElement card = findInList(inspector, "#queue", "li[data-tracking-number='" + trackingNumber + "']");
            assertThat(card.getText(), containsString("已提交，待受理"));
            card.findElement(By.cssSelector("h3 a")).click();
            inspector.waitUntil("#case-status", "data-status", "SUBMITTED");
            inspector.click("form[data-action='accept'] summary");
            inspector.click("form[data-action='accept'] button[type='submit']");
            inspector.waitUntil("#case-status", "data-status", "INVESTIGATING");
            assertThat(inspector.waitFor("#action-done").getText(), containsString("受理"));
            assertThat(inspector.all("#timeline li").stream().map(li -> li.getAttribute("data-action")).toList(),
                    contains("SUBMIT", "ACCEPT"));
        }
        WageApi.get("wang.worker", trackingNumber).then().statusCode(200)
                .body("status", equalTo("INVESTIGATING"));

        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/cases/wage-complaints/" + trackingNumber);
            worker.signIn("wang.worker");
            worker.waitUntil("#case-status", "data-status", "INVESTIGATING");
            assertThat(worker.waitFor(".clock").getText(), containsString("办结期限"));
            assertThat(worker.all("#timeline li"), hasSize(2));
        }
    }

    @Test
    void aWorkerSendsTheDocumentsAskedForAndAppliesForLegalAidAboutTheComplaint() {
        String complaint = WageApi.fileValid("wang.worker");
        WageApi.act("inspector.guta", complaint, "request-supplement",
                Map.of("missingItems", List.of("考勤记录"), "note", "请补充考勤记录")).then().statusCode(200);
        String legalAid;
        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/cases/wage-complaints/" + complaint);
            worker.signIn("wang.worker");
            worker.waitUntil("#case-status", "data-status", "SUPPLEMENT_REQUESTED");
            assertThat(worker.waitFor("#missing-items").getText(), containsString("考勤记录"));
            assertThat(worker.waitFor(".clock").getAttribute("data-state"), equalTo("paused"));
            worker.click("form[data-action='supplement'] summary");
            worker.fill("note", "考勤记录照片已补充上传");
            worker.click("form[data-action='supplement'] button[type='submit']");
            worker.waitUntil("#case-status", "data-status", "SUBMITTED");
            assertThat(worker.waitFor(".clock").getAttribute("data-state"), not(equalTo("paused")));
            assertThat(worker.all("#missing-items"), empty());

            worker.click("a[href^='#/legal-aid/new']");
            worker.waitFor("#legal-aid-form");
            assertThat(worker.driver.findElement(By.name("wageComplaint")).getAttribute("value"), equalTo(complaint));
            worker.fill("applicant.idNumber", "21070219900101123X");
            worker.fill("applicant.phone", "13800138000");
            worker.choose("district", "210702");
            worker.fill("facts", "在工地做钢筋工，工资一直未结，已向劳动保障监察投诉。");
            worker.fill("request", "请求指派律师代理劳动仲裁。");
            worker.click("#legal-aid-form button[type='submit']");
            legalAid = worker.waitFor(".success[data-tracking-number]").getAttribute("data-tracking-number");

            worker.open("#/notifications");
            assertThat(worker.waitFor("#notifications").getText(), containsString(complaint));
        }
        LegalAidApi.get("wang.worker", legalAid).then().statusCode(200)
                .body("wageComplaint", equalTo(complaint))
                .body("matterType", equalTo("LABOUR_REMUNERATION"))
                .body("opposingParty.name", equalTo("锦州某建筑劳务有限公司"));
    }

    @Test
    void aWorkerSeesThePermitsEndorsementWindowAndAsksForItWhenItOpens() {
        LocalDate birth = LocalDate.now(PortalTime.ZONE).minusYears(25).minusDays(1 + Math.floorMod(System.nanoTime(), 3000));
        String number = ResidenceApi.issued("wang.worker", ResidenceApi.application(ResidenceApi.person("钱多多", birth, true)));
        Map<String, Object> permit = ResidenceApi.permit("wang.worker", number).then().statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        String opensOn = ((Map<String, String>) permit.get("nextEndorsementWindow")).get("opensOn");
        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/permits");
            worker.signIn("wang.worker");
            WebElement card = findInList(worker, "#permits", "li[data-number='" + number + "']");
            assertThat(card.getAttribute("data-state"), equalTo("VALID"));
            WebElement window = card.findElement(By.cssSelector(".endorsement"));
            assertThat(window.getAttribute("data-endorsement"), equalTo("upcoming"));
            assertThat(window.getText(), containsString(opensOn));

            TrainingApi.on(LocalDate.parse(opensOn).plusDays(3).toString(), () -> {
                worker.open("#/permits");
                WebElement open = findInList(worker, "#permits", "li[data-number='" + number + "']");
                assertThat(open.findElement(By.cssSelector(".endorsement")).getAttribute("data-endorsement"), equalTo("open"));
                open.findElement(By.cssSelector("button.endorse-toggle")).click();
                WebElement form = worker.waitFor("li[data-number='" + number + "'] form.endorse-form");
                WebElement address = form.findElement(By.name("residenceAddress"));
                address.clear();
                address.sendKeys("锦州市古塔区士英街 8 号 3 单元 201");
                form.findElement(By.cssSelector("button[type='submit']")).click();
                worker.waitFor("li[data-number='" + number + "'] .endorse-done");
            });
        }
        ResidenceApi.permit("wang.worker", number).then().statusCode(200)
                .body("endorsementPending", equalTo(true))
                .body("endorsements[0].status", equalTo("PENDING"));
    }

    @Test
    void aMatterOutsideTheGreenChannelAsksForTheHouseholdsMeansNextToItsFields() {
        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/legal-aid/new");
            worker.signIn("wang.worker");
            worker.waitFor("#legal-aid-form");
            worker.fill("applicant.idNumber", "21070219900101123X");
            worker.fill("applicant.phone", "13800138000");
            worker.choose("district", "210702");
            worker.choose("matterType", "LABOUR_RELATIONSHIP");
            worker.fill("opposingParty.name", "锦州某建筑劳务有限公司");
            worker.fill("facts", "公司不签劳动合同，要求确认劳动关系。");
            worker.fill("request", "请求指派律师代理劳动仲裁。");
            worker.click("#legal-aid-form button[type='submit']");
            WebElement error = worker.waitFor(".field-error");
            assertThat(error.getAttribute("data-field"), equalTo("hardship"));
            assertThat(error.findElement(By.xpath("..")).findElement(By.name("hardship.householdSize")),
                    equalTo(worker.driver.switchTo().activeElement()));

            worker.fill("hardship.householdSize", "4");
            worker.fill("hardship.monthlyHouseholdIncome", "2600");
            worker.click("#legal-aid-form button[type='submit']");
            String trackingNumber = worker.waitFor(".success[data-tracking-number]").getAttribute("data-tracking-number");
            LegalAidApi.get("wang.worker", trackingNumber).then().statusCode(200)
                    .body("hardship.householdSize", equalTo(4))
                    .body("meansTest.required", equalTo(true));
        }
    }

    @Test
    void anyoneSearchesAndAWorkerAppliesAfterSigningIn() {
        String jobCenter = Tokens.of("jobcenter.guta");
        long id = JobApi.published(jobCenter, JobApi.vacancy("电焊工", "锦州浏览器测试机械有限公司"));
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/jobs?q=" + URLEncoder.encode("电焊", StandardCharsets.UTF_8));
            WebElement card = browser.waitFor("li.job[data-id='" + id + "']");
            assertThat(card.getText(), allOf(containsString("锦州浏览器测试机械有限公司"), containsString("5,000–7,000 元/月")));
            card.findElement(By.cssSelector("h2 a")).click();
            browser.waitFor(".vacancy h1");
            browser.signIn("li.worker");
            browser.waitFor("#apply-form");
            browser.fill("phone", "13912340000");
            browser.fill("message", "有焊工证，可以马上上岗");
            browser.click("#apply-form button[type='submit']");
            assertThat(browser.waitFor("#applied").getText(), containsString("已提交申请"));
        }
        List<String> phones = given().auth().oauth2(jobCenter).get("/api/v1/jobs/" + id + "/applications")
                .then().statusCode(200).extract().path("items.phone");
        assertThat(phones, contains("13912340000"));
    }

    @Test
    void aFullSessionPutsTheWorkerOnTheWaitlistAndShowsThePosition() {
        String startsOn = TrainingApi.inDays(200);
        long session = TrainingApi.publishedSession(TrainingApi.course("6-18-02-04", 5), startsOn, 1);
        TrainingApi.enrol("wang.worker", session).then().statusCode(201);
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/courses?startingAfter=" + TrainingApi.inDays(199));
            browser.signIn("li.worker");
            WebElement row = findInList(browser, "#courses", "[data-session='" + session + "']");
            assertThat(row.getText(), containsString("剩余 0/1 个名额"));
            row.findElement(By.cssSelector("button")).click();
            WebElement result = browser.waitFor("[data-session='" + session + "'] .enrolled");
            assertThat(result.getAttribute("data-status"), equalTo("WAITLISTED"));
            assertThat(result.getText(), containsString("候补名单第 1 位"));
        }
    }

    @Test
    void aRefusedFieldIsNamedNextToItInChineseAndInEnglishOnRequest() {
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/complaints/new");
            browser.signIn("wang.worker");
            browser.waitFor("#complaint-form");
            fillComplaint(browser, "12345");
            browser.click("#file-submit");
            WebElement error = browser.waitFor(".field-error[data-field='complainant.phone']");
            assertThat(error.getText(), matchesPattern("(?s).*\\p{IsHan}.*"));
            WebElement phone = browser.driver.findElement(By.name("complainant.phone"));
            assertThat(phone.getAttribute("aria-invalid"), equalTo("true"));
            assertThat(phone.getAttribute("aria-describedby"), containsString(error.getAttribute("id")));
            assertThat(error.findElement(By.xpath("..")).findElement(By.name("complainant.phone")), equalTo(phone));
            assertThat(browser.driver.switchTo().activeElement(), equalTo(phone));
            assertThat(browser.all(".field-error"), hasSize(1));

            browser.click("#lang");
            browser.waitForText("#file-submit", "File the complaint");
            // What was typed stays through the switch: the same form goes again, now in English.
            assertThat(browser.driver.findElement(By.name("complainant.phone")).getAttribute("value"), equalTo("12345"));
            assertThat(browser.driver.findElement(By.name("workplace.construction")).isSelected(), is(true));
            browser.click("#file-submit");
            String english = browser.waitFor(".field-error[data-field='complainant.phone']").getText();
            assertThat(english, allOf(matchesPattern("(?s).*[A-Za-z]{3}.*"), not(matchesPattern("(?s).*\\p{IsHan}.*"))));
        }
    }

    @Test
    void aFilingCutOffByALostConnectionIsSentAgainAndFiledOnce() {
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/complaints/new");
            browser.signIn("wang.worker");
            browser.waitFor("#complaint-form");
            long before = complaintsOf("wang.worker");
            fillComplaint(browser, "13800138000");
            browser.driver.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
            browser.click("#file-submit");
            assertThat(browser.waitFor("#offline").getText(), containsString("网络连接中断"));
            browser.driver.deleteNetworkConditions();
            String trackingNumber = browser.waitFor(".filed[data-tracking-number]").getAttribute("data-tracking-number");
            assertThat(trackingNumber, startsWith("WC-"));
            assertThat(browser.all("#offline"), empty());
            assertThat(complaintsOf("wang.worker"), equalTo(before + 1));
        }
    }

    @Test
    void aFilingWhoseAnswerIsLostIsSentAgainWithTheSameKeyAndAnsweredWithTheFirstFiling() {
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/complaints/new");
            browser.signIn("wang.worker");
            browser.waitFor("#complaint-form");
            long before = complaintsOf("wang.worker");
            fillComplaint(browser, "13800138000");
            // The server files the complaint but the phone never hears back (the line drops after sending): the
            // first answer to a filing is thrown away as a network error; every call's key and answer are kept.
            browser.script("""
                    window.filings = [];
                    const realFetch = window.fetch;
                    window.fetch = async (url, options) => {
                      const response = await realFetch(url, options);
                      if (options?.method !== 'POST' || url !== '/api/v1/wage-complaints') return response;
                      window.filings.push({ key: options.headers['Idempotency-Key'], status: response.status,
                                            replayed: response.headers.get('Idempotent-Replayed') });
                      if (window.filings.length === 1) throw new TypeError('Failed to fetch');
                      return response;
                    };""");
            browser.click("#file-submit");
            String trackingNumber = browser.waitFor(".filed[data-tracking-number]").getAttribute("data-tracking-number");

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> filings = (List<Map<String, Object>>) browser.script("return window.filings");
            assertThat(filings, hasSize(2));
            assertThat(filings.get(1).get("key"), equalTo(filings.get(0).get("key")));
            assertThat(filings.get(0).get("status"), equalTo(201L));
            assertThat(filings.get(1).get("status"), equalTo(201L));
            assertThat(filings.get(1).get("replayed"), equalTo("true"));
            assertThat(complaintsOf("wang.worker"), equalTo(before + 1));
            WageApi.get("wang.worker", trackingNumber).then().statusCode(200);
        }
    }

    @Test
    void thePublicSeesTheMeasuresAndTheStatisticsAsAChartAndATable() {
        try (Browser browser = Browser.phone(root.toString())) {
            browser.open("#/measures");
            assertThat(browser.all("#measures li[data-number]"), hasSize(19));
            browser.open("#/stats");
            browser.waitForPresent("#stats-table caption");
            String state = browser.waitForPresent("#stats-chart").getAttribute("data-state");
            assertThat(state, is(oneOf("drawn", "empty")));
            assertThat(browser.script("return document.querySelectorAll('script[src$=\"uPlot.iife.min.js\"]').length"),
                    equalTo(1L));
        }
    }

    @Test
    void theMainScreensMeetWcag21AAAsAxeChecksThem() {
        long vacancy = JobApi.published(Tokens.of("jobcenter.guta"), JobApi.vacancy("电焊工", "锦州无障碍测试机械有限公司"));
        String complaint = WageApi.fileValid("wang.worker");
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Browser anyone = Browser.phone(root.toString())) {
            for (String route : List.of("#/", "#/jobs", "#/jobs/" + vacancy, "#/courses", "#/stats", "#/measures")) {
                anyone.open(route);
                if (route.equals("#/stats")) {
                    anyone.waitForPresent("#stats-table caption");
                }
                found.put(route, anyone.accessibilityViolations());
            }
        }
        try (Browser worker = Browser.phone(root.toString())) {
            worker.open("#/complaints/new");
            worker.signIn("wang.worker");
            found.put("#/complaints/new", worker.accessibilityViolations());
            worker.click("#file-submit");
            worker.waitFor(".field-error");
            found.put("#/complaints/new with errors", worker.accessibilityViolations());
            for (String route : List.of("#/cases", "#/cases/wage-complaints/" + complaint, "#/legal-aid/new",
                    "#/permits", "#/notifications")) {
                worker.open(route);
                found.put(route, worker.accessibilityViolations());
            }
        }
        try (Browser inspector = Browser.phone(root.toString())) {
            inspector.open("#/queue");
            inspector.signIn("inspector.guta");
            found.put("#/queue", inspector.accessibilityViolations());
            inspector.open("#/cases/wage-complaints/" + complaint);
            inspector.click("form[data-action='accept'] summary");
            found.put("the inspector's case", inspector.accessibilityViolations());
        }
        found.values().removeIf(List::isEmpty);
        assertThat(found.toString(), found.entrySet(), empty());
    }

    /** Fills a valid complaint of a Guta building site, with {@code phone} as the complainant's phone. */
    private static void fillComplaint(Browser browser, String phone) {
        browser.fill("complainant.name", "王强");
        browser.fill("complainant.idNumber", "21070219900101123X");
        browser.fill("complainant.phone", phone);
        browser.fill("employer.name", "锦州某建筑劳务有限公司");
        browser.fill("employer.address", "锦州市古塔区士英街 1 号");
        browser.choose("workplace.district", "210702");
        browser.fill("workplace.address", "古塔区某小区 3 号楼工地");
        browser.driver.findElement(By.name("workplace.construction")).click();
        browser.fill("workplace.projectName", "某小区 3 号楼");
        browser.fill("workplace.generalContractor", "某建工集团");
        browser.date("periodStart", "2025-03-01");
        browser.date("periodEnd", "2025-10-31");
        browser.fill("amountOwed", "36000");
        browser.fill("facts", "在工地做钢筋工，工资一直未结。" + UUID.randomUUID());
        browser.fill("request", "要求支付拖欠工资 36000 元。");
    }

    /** The element in a "load more" list, pressing "load more" until it shows (other tests fill the same lists). */
    private static WebElement findInList(Browser browser, String list, String item) {
        browser.waitForPresent(list);
        for (int page = 0; page < 50; page++) {
            List<WebElement> found = browser.all(list + " " + item);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            int shown = browser.all(list + " li").size();
            // "Load more" follows the list: inside the list's box, or next to the list itself.
            WebElement more = browser.driver.findElement(By.cssSelector(list + " > button, " + list + " ~ button"));
            if (!more.isDisplayed()) {
                break;
            }
            more.click();
            browser.waitUntilMore(list + " li", shown);
        }
        throw new AssertionError(item + " not in " + list);
    }

    private static long complaintsOf(String user) {
        Map<String, Object> page = WageApi.as(user).get(WageApi.BASE + "?size=1").then().statusCode(200).extract()
                .path("$");
        return ((Number) page.get("totalItems")).longValue();
    }
}
