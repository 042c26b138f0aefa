package io.mwportal.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification, written from the Standard Webhooks specification (not from the portal's signer): the
 * secret is the base64 after {@code whsec_}; the signed content is {@code id.timestamp.body}; the header holds
 * space-separated {@code v1,<base64 HMAC-SHA256>}; one match is enough; a timestamp more than five minutes off is
 * refused (replay protection).
 */
public final class StandardWebhooks {

    private StandardWebhooks() {
    }

    public static boolean verify(String secret, String id, String timestamp, String signatureHeader, String body) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        long sent = Long.parseLong(timestamp);
        if (Math.abs(System.currentTimeMillis() / 1000 - sent) > 300) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (String versioned : signatureHeader.split(" ")) {
            String[] parts = versioned.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    public static boolean verify(String secret, WebhookReceiver.Received r) {
        return verify(secret, r.id(), r.timestamp(), r.signature(), r.body());
    }
}
