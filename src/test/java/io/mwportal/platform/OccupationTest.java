package io.mwportal.platform;

import static io.mwportal.support.TrainingApi.course;
import static io.mwportal.support.TrainingApi.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mwportal.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One occupation list (职业分类大典 2022) for jobs and training, readable by anyone. */
@QuarkusTest
class OccupationTest {

    @Test
    void byGroupAndByNameInCodeOrder() {
        List<String> group = given().queryParam("codePrefix", "6-29").queryParam("size", 100).get("/api/v1/occupations")
                .then().statusCode(200).body("items.code", everyItem(startsWith("6-29-")))
                .body("items.edition", everyItem(equalTo("2022"))).extract().path("items.code");
        assertEquals(group.stream().sorted().toList(), group);
        given().queryParam("codePrefix", "6-18-02-04").get("/api/v1/occupations").then()
                .body("items.name", equalTo(List.of("焊工"))).body("totalItems", equalTo(1));
        given().queryParam("q", "焊").get("/api/v1/occupations").then().body("items.code", hasItem("6-18-02-04"));
        // Traditional characters find the same names.
        given().queryParam("q", "電工").get("/api/v1/occupations").then().body("items.code", hasItem("6-24-01-01"));
        given().queryParam("q", "不存在的职业").get("/api/v1/occupations").then().body("items", equalTo(List.of()));
        for (String bad : List.of("6-2", "629", "x")) {
            given().queryParam("codePrefix", bad).get("/api/v1/occupations").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void coursesTakeTheirOccupationNameFromTheList() {
        post("trainer.city", "/courses", course("6-24-01-01", 4)).then().statusCode(201)
                .body("occupationName", equalTo("电工"));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("source", "x", "occupationCodes", List.of("6-24-01-01", "9-99-99-99")))
                .put("/api/v1/training/shortage-occupations/2061").then().statusCode(422)
                .body("errors.field", equalTo(List.of("occupationCodes[1]")))
                .body("errors.code", equalTo(List.of("UNKNOWN_OCCUPATION")));
    }
}
