package io.mwportal.platform.events;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SMS through Alibaba Cloud's SendSms (API version 2017-05-25, RPC style): the request's parameters sorted and
 * percent-encoded, signed with HMAC-SHA1 under the access key secret plus {@code &}, sent as a GET. The provider
 * answers {@code {"Code":"OK",...}} or a code saying why not; a bad number or a blocked one is not tried again.
 */
final class AliyunSmsChannel implements NotificationChannel {

    /** Codes after which trying again cannot help. */
    private static final Set<String> FINAL = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.BLACK_KEY_CONTROL_LIMIT",
            "isv.TEMPLATE_MISSING_PARAMETERS", "isv.INVALID_PARAMETERS");

    private final EventsConfig.Sms config;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;

    AliyunSmsChannel(EventsConfig.Sms config, HttpClient http, ObjectMapper json, Clock clock) {
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
        if (message.phone() == null) {
            return SendResult.failed(false, null, "NO_PHONE");
        }
        try {
            Map<String, String> templateParams = new LinkedHashMap<>();
            templateParams.put("subjectId", message.subjectId());
            message.data().forEach((key, value) -> templateParams.put(key, String.valueOf(value)));
            Map<String, String> params = new TreeMap<>();
            params.put("AccessKeyId", config.accessKeyId().orElse(""));
            params.put("Action", "SendSms");
            params.put("Format", "JSON");
            params.put("OutId", Long.toString(message.deliveryId()));
            params.put("PhoneNumbers", message.phone());
            params.put("RegionId", "cn-hangzhou");
            params.put("SignName", config.signName().orElse(""));
            params.put("SignatureMethod", "HMAC-SHA1");
            params.put("SignatureNonce", UUID.randomUUID().toString());
            params.put("SignatureVersion", "1.0");
            params.put("TemplateCode", config.templates().get(message.type()));
            params.put("TemplateParam", json.writeValueAsString(templateParams));
            params.put("Timestamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            params.put("Version", "2017-05-25");
            String query = canonicalQuery(params);
            String signature = sign("GET&" + encode("/") + "&" + encode(query), config.accessKeySecret().orElse("") + "&");
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint() + "?Signature=" + encode(signature)
                    + "&" + query)).timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            String code = body.path("Code").asText("");
            if ("OK".equals(code)) {
                return SendResult.ok(response.statusCode());
            }
            return SendResult.failed(!FINAL.contains(code), response.statusCode(), code.isEmpty() ? "NO_CODE" : code);
        } catch (IOException e) {
            return SendResult.failed(true, null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(true, null, "INTERRUPTED");
        }
    }

    /** The sorted parameters, each name and value percent-encoded as the RPC signature wants. */
    static String canonicalQuery(Map<String, String> sorted) {
        return sorted.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding: a space is %20, {@code *} is %2A and {@code ~} stays. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    static String sign(String stringToSign, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
