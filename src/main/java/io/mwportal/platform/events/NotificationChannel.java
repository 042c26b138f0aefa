package io.mwportal.platform.events;

import java.time.Instant;
import java.util.Map;

/**
 * A way to reach a worker outside the portal (SMS, WeChat subscribe messages), one interface for every provider;
 * {@link Channels} picks the implementation by configuration.
 */
public interface NotificationChannel {

    /** Whether this channel sends events of {@code type} (a provider needs an approved template for each). */
    boolean sends(String type);

    /** Sends one message; never throws for a provider's refusal or a network failure, but says so. */
    SendResult send(ChannelMessage message);

    /**
     * One message: the event and its Chinese text (providers' templates are Chinese), and where the worker is
     * reached (the phone decrypted only for this call).
     */
    record ChannelMessage(long deliveryId, String type, String subjectId, Instant occurredAt, Map<String, Object> data,
            String text, String phone, String wechatOpenId) {
    }

    /**
     * What came of an attempt.
     *
     * @param delivered the provider accepted it
     * @param retry whether trying again may help (a timeout, a rate limit), or not (an invalid number, no consent)
     * @param status the HTTP status, if the provider answered
     * @param error the provider's code or the failure, without personal data
     */
    record SendResult(boolean delivered, boolean retry, Integer status, String error) {

        public static SendResult ok(int status) {
            return new SendResult(true, false, status, null);
        }

        public static SendResult failed(boolean retry, Integer status, String error) {
            return new SendResult(false, retry, status,
                    error == null ? null : error.substring(0, Math.min(300, error.length())));
        }
    }
}
