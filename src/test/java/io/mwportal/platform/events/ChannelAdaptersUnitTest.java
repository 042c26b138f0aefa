package io.mwportal.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.mwportal.platform.events.NotificationChannel.ChannelMessage;
import io.mwportal.platform.events.NotificationChannel.SendResult;

/**
 * The SMS and WeChat adapters against local stand-ins for the providers (which are not reachable from here), each
 * checking the request as the provider documents it: Alibaba Cloud's RPC signature recomputed from the received
 * query, WeChat's stable token and subscribe-message body.
 */
class ChannelAdaptersUnitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
    private static final ChannelMessage MESSAGE = new ChannelMessage(42, "wage-complaint.accept", "WC-2026-7K3M-9QXD",
            Instant.parse("2026-11-30T01:30:00Z"), Map.of("trackingNumber", "WC-2026-7K3M-9QXD", "status", "INVESTIGATING"),
            "您的欠薪投诉（WC-2026-7K3M-9QXD）已受理，进入调查处理。", "13800138000", "o6_bmjrPTlm6_2sgVt7hMZOPfL2M");

    private final ConcurrentLinkedQueue<String[]> requests = new ConcurrentLinkedQueue<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A stand-in that records method, path with query, and body, and answers what {@code answer} says. */
    private String standIn(Function<String[], String> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", (HttpExchange exchange) -> {
            String[] request = { exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) };
            requests.add(request);
            byte[] body = answer.apply(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aliyunSendSmsIsSignedAsTheRpcStyleWants() throws Exception {
        String endpoint = standIn(r -> "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"9006197469364984^0\",\"RequestId\":\"F655A8D5\"}");
        AliyunSmsChannel sms = new AliyunSmsChannel(sms(endpoint + "/"), HttpClient.newHttpClient(), JSON, CLOCK);
        assertTrue(sms.sends("wage-complaint.accept"));
        assertFalse(sms.sends("enrolment.promoted"));
        assertEquals(SendResult.ok(200), sms.send(MESSAGE));

        String[] request = requests.poll();
        assertEquals("GET", request[0]);
        Map<String, String> params = new TreeMap<>();
        String signature = null;
        for (String pair : request[2].split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            if (kv[0].equals("Signature")) {
                signature = value;
            } else {
                params.put(kv[0], value);
            }
        }
        assertEquals("SendSms", params.get("Action"));
        assertEquals("2017-05-25", params.get("Version"));
        assertEquals("13800138000", params.get("PhoneNumbers"));
        assertEquals("锦州人社", params.get("SignName"));
        assertEquals("SMS_465912345", params.get("TemplateCode"));
        assertEquals("2026-11-30T02:00:00Z", params.get("Timestamp"));
        assertEquals("42", params.get("OutId"));
        JsonNode templateParam = JSON.readTree(params.get("TemplateParam"));
        assertEquals("WC-2026-7K3M-9QXD", templateParam.get("trackingNumber").asText());
        // The signature as Alibaba Cloud documents it, computed here independently of the adapter.
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            canonical.append(canonical.length() == 0 ? "" : "&").append(rfc3986(e.getKey())).append('=')
                    .append(rfc3986(e.getValue()));
        }
        String stringToSign = "GET&%2F&" + rfc3986(canonical.toString());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("testsecret&".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        assertEquals(Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8))),
                signature);
    }

    @Test
    void aliyunRefusalsSayWhetherToTryAgain() throws Exception {
        List<String> answers = new ArrayList<>(List.of("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"非法手机号\"}",
                "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发流控\"}"));
        String endpoint = standIn(r -> answers.remove(0));
        AliyunSmsChannel sms = new AliyunSmsChannel(sms(endpoint + "/"), HttpClient.newHttpClient(), JSON, CLOCK);
        assertEquals(SendResult.failed(false, 200, "isv.MOBILE_NUMBER_ILLEGAL"), sms.send(MESSAGE));
        assertEquals(SendResult.failed(true, 200, "isv.BUSINESS_LIMIT_CONTROL"), sms.send(MESSAGE));
        stop();
        assertEquals(SendResult.failed(true, null, "ConnectException"), sms.send(MESSAGE));
    }

    @Test
    void wechatSubscribeMessageWithAStableToken() throws Exception {
        List<String> sends = new ArrayList<>(List.of("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298269483008}",
                "{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}",
                "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298269483009}"));
        int[] tokens = { 0 };
        String endpoint = standIn(r -> r[1].equals("/cgi-bin/stable_token")
                ? "{\"access_token\":\"TOKEN" + (++tokens[0]) + "\",\"expires_in\":7200}" : sends.remove(0));
        WechatSubscribeChannel wechat = new WechatSubscribeChannel(wechat(endpoint), HttpClient.newHttpClient(), JSON,
                CLOCK);
        assertEquals(SendResult.ok(200), wechat.send(MESSAGE));
        String[] token = requests.poll();
        assertEquals("POST", token[0]);
        JsonNode tokenBody = JSON.readTree(token[3]);
        assertEquals("client_credential", tokenBody.get("grant_type").asText());
        assertEquals("wx0123456789abcdef", tokenBody.get("appid").asText());
        String[] send = requests.poll();
        assertEquals("/cgi-bin/message/subscribe/send", send[1]);
        assertEquals("access_token=TOKEN1", send[2]);
        JsonNode body = JSON.readTree(send[3]);
        assertEquals("o6_bmjrPTlm6_2sgVt7hMZOPfL2M", body.get("touser").asText());
        assertEquals("tmpl-accept", body.get("template_id").asText());
        assertEquals("WC-2026-7K3M-9QXD", body.at("/data/character_string1/value").asText());
        assertEquals("您的欠薪投诉（WC-2026-7K3M-", body.at("/data/thing2/value").asText()); // 20 characters
        assertEquals("2026-11-30 09:30", body.at("/data/time3/value").asText());
        // The worker withdrew consent: final. An expired token: fetched anew on the next try.
        assertEquals(SendResult.failed(false, 200, "errcode 43101"), wechat.send(MESSAGE));
        assertEquals(SendResult.failed(true, 200, "errcode 40001"), wechat.send(MESSAGE));
        assertEquals(SendResult.ok(200), wechat.send(MESSAGE));
        assertEquals(2, tokens[0]);
    }

    private static String rfc3986(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static EventsConfig.Sms sms(String endpoint) {
        return new EventsConfig.Sms() {
            public String provider() { return "aliyun"; }
            public String endpoint() { return endpoint; }
            public Optional<String> accessKeyId() { return Optional.of("testid"); }
            public Optional<String> accessKeySecret() { return Optional.of("testsecret"); }
            public Optional<String> signName() { return Optional.of("锦州人社"); }
            public Map<String, String> templates() { return Map.of("wage-complaint.accept", "SMS_465912345"); }
        };
    }

    private static EventsConfig.Wechat wechat(String endpoint) {
        return new EventsConfig.Wechat() {
            public String provider() { return "wechat"; }
            public String endpoint() { return endpoint; }
            public Optional<String> appId() { return Optional.of("wx0123456789abcdef"); }
            public Optional<String> appSecret() { return Optional.of("secret"); }
            public String page() { return "pages/notifications/index"; }
            public String miniprogramState() { return "formal"; }
            public Map<String, String> templates() { return Map.of("wage-complaint.accept", "tmpl-accept"); }
        };
    }
}
