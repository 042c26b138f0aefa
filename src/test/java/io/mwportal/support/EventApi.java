package io.mwportal.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The worker's inbox and the client apps' events, for tests. */
public final class EventApi {

    private EventApi() {
    }

    /** The newest 100 notifications of {@code user}, in {@code language}. */
    public static JsonPath inbox(String user, String language) {
        return given().auth().oauth2(Tokens.of(user)).header("Accept-Language", language).queryParam("size", 100)
                .get("/api/v1/me/notifications").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** The message of {@code user}'s newest notification of {@code type} about {@code subjectId}, in Chinese; null if none. */
    public static String message(String user, String type, Object subjectId) {
        List<Map<String, Object>> items = inbox(user, "zh-CN").getList("items");
        return items.stream().filter(n -> type.equals(n.get("type")) && String.valueOf(subjectId).equals(n.get("subjectId")))
                .map(n -> (String) n.get("message")).findFirst().orElse(null);
    }

    /** The {@code inspection-demo} confidential client's token: Guta's labour inspectorate integration. */
    public static String inspectionDemo() {
        return Tokens.clientCredentials("inspection-demo", "inspection-demo-secret");
    }
}
