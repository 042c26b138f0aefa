package io.mwportal.platform.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.calendar.PortalTime;

/**
 * WeChat mini-program subscribe messages: an access token from {@code /cgi-bin/stable_token} (the same token for
 * every instance, so several instances do not invalidate each other's, as the older {@code /cgi-bin/token} would),
 * then {@code /cgi-bin/message/subscribe/send} with the template's three fields. WeChat answers {@code errcode} 0, or
 * 43101 when the worker has not (or no longer) agreed to the template, which is final.
 */
final class WechatSubscribeChannel implements NotificationChannel {

    /** The token was refused: fetch a new one and try again. */
    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);
    /** Trying again cannot help: no consent, bad template or data, unknown openid. */
    private static final Set<Integer> FINAL = Set.of(43101, 40003, 40037, 47003);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalTime.ZONE);

    private final EventsConfig.Wechat config;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;

    private volatile String token;
    private volatile Instant tokenUntil = Instant.EPOCH;

    WechatSubscribeChannel(EventsConfig.Wechat config, HttpClient http, ObjectMapper json, Clock clock) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean sends(String type) {
        return config.templates().containsKey(type);
    }

    @Override
    public SendResult send(ChannelMessage message) {
        if (message.wechatOpenId() == null) {
            return SendResult.failed(false, null, "NO_OPENID");
        }
        try {
            String body = json.writeValueAsString(Map.of(
                    "touser", message.wechatOpenId(),
                    "template_id", config.templates().get(message.type()),
                    "page", config.page(),
                    "miniprogram_state", config.miniprogramState(),
                    "lang", "zh_CN",
                    "data", Map.of(
                            "character_string1", Map.of("value", cut(message.subjectId(), 32)),
                            "thing2", Map.of("value", cut(message.text(), 20)),
                            "time3", Map.of("value", MINUTE.format(message.occurredAt())))));
            JsonNode answer = post("/cgi-bin/message/subscribe/send?access_token=" + token(), body);
            int code = answer.path("errcode").asInt(-1);
            if (code == 0) {
                return SendResult.ok(200);
            }
            if (TOKEN_INVALID.contains(code)) {
                tokenUntil = Instant.EPOCH;
            }
            return SendResult.failed(!FINAL.contains(code), 200, "errcode " + code);
        } catch (IOException | IllegalStateException e) {
            return SendResult.failed(true, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(true, null, "INTERRUPTED");
        }
    }

    private String token() throws IOException, InterruptedException {
        if (Instant.now(clock).isBefore(tokenUntil)) {
            return token;
        }
        JsonNode answer = post("/cgi-bin/stable_token", json.writeValueAsString(Map.of("grant_type", "client_credential",
                "appid", config.appId().orElse(""), "secret", config.appSecret().orElse(""), "force_refresh", false)));
        if (!answer.hasNonNull("access_token")) {
            throw new IllegalStateException("no access token: errcode " + answer.path("errcode").asInt());
        }
        token = answer.get("access_token").asText();
        // Renewed five minutes early (WeChat gives 7,200 s).
        tokenUntil = Instant.now(clock).plusSeconds(Math.max(60, answer.path("expires_in").asLong(7200) - 300));
        return token;
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length));
    }
}
