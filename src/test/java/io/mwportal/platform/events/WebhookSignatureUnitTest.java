package io.mwportal.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The signer reproduces the test vector published with the Standard Webhooks reference libraries. */
class WebhookSignatureUnitTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void thePublishedVector() {
        assertEquals(EXPECTED, WebhookSignature.sign(ID, TIMESTAMP, BODY, List.of(SECRET)));
        // The prefix is optional, as in the reference libraries.
        assertEquals(EXPECTED, WebhookSignature.sign(ID, TIMESTAMP, BODY, List.of(SECRET.substring(6))));
    }

    @Test
    void everyPartIsSigned() {
        assertNotEquals(EXPECTED, WebhookSignature.sign("msg_other", TIMESTAMP, BODY, List.of(SECRET)));
        assertNotEquals(EXPECTED, WebhookSignature.sign(ID, TIMESTAMP + 1, BODY, List.of(SECRET)));
        assertNotEquals(EXPECTED, WebhookSignature.sign(ID, TIMESTAMP, BODY + " ", List.of(SECRET)));
    }

    @Test
    void duringARotationOneSignaturePerSecret() {
        String other = WebhookSignature.newSecret();
        String header = WebhookSignature.sign(ID, TIMESTAMP, BODY, List.of(other, SECRET));
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals(EXPECTED, signatures[1]);
        assertEquals(WebhookSignature.sign(ID, TIMESTAMP, BODY, List.of(other)), signatures[0]);
    }

    @Test
    void newSecretsAre32RandomBytes() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
