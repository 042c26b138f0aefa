package io.mwportal.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Events, notifications and webhooks ({@code portal.events.*}; docs/events.md). */
@ConfigMapping(prefix = "portal.events")
public interface EventsConfig {

    /**
     * How often each instance fans new events out and delivers what is due (after a round that found nothing): a
     * duration, or {@code off}.
     */
    @WithDefault("200ms")
    String dispatchEvery();

    /** Events fanned out, and deliveries claimed, per round. */
    @WithDefault("500")
    int batchSize();

    /** How long an instance holds the deliveries it claimed; after that another may take them (it died). */
    @WithDefault("60s")
    Duration claimFor();

    Webhooks webhooks();

    Sms sms();

    Wechat wechat();

    interface Webhooks {

        /** Plain HTTP and private or loopback addresses; only the test profile allows them (no SSRF). */
        @WithDefault("false")
        boolean allowPrivateDestinations();

        /** Connect and response timeout of one attempt. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * The waits before each retry (with ±20 % jitter); after the last, the delivery is DEAD until replayed.
         * Standard Webhooks' example schedule: about a day and a half in all.
         */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        List<Duration> retryDelays();

        /** How long the secret before a rotation still signs, so a receiver can switch without losing messages. */
        @WithDefault("24h")
        Duration previousSecretValidFor();

        /** Webhook requests in flight at once from one instance. */
        @WithDefault("32")
        int concurrency();

        /** Subscriptions one client may hold. */
        @WithDefault("20")
        int perClient();
    }

    interface Sms {

        /** {@code log} (writes the delivery to the log, the default) or {@code aliyun} (Alibaba Cloud SendSms). */
        @WithDefault("log")
        String provider();

        @WithDefault("https://dysmsapi.aliyuncs.com/")
        String endpoint();

        Optional<String> accessKeyId();

        Optional<String> accessKeySecret();

        /** The approved signature name (签名) shown before every message. */
        Optional<String> signName();

        /** Event type → approved template code (e.g. {@code SMS_465912345}); other events are not sent by SMS. */
        Map<String, String> templates();
    }

    interface Wechat {

        /** {@code log} (the default) or {@code wechat} (subscribe messages of the mini-program). */
        @WithDefault("log")
        String provider();

        @WithDefault("https://api.weixin.qq.com")
        String endpoint();

        Optional<String> appId();

        Optional<String> appSecret();

        /** The mini-program page a message opens. */
        @WithDefault("pages/notifications/index")
        String page();

        /** {@code formal}, {@code trial} or {@code developer}: which version of the mini-program the message opens. */
        @WithDefault("formal")
        String miniprogramState();

        /**
         * Event type → subscribe-message template id; the template has {@code character_string1} (the case or
         * enrolment number), {@code thing2} (the message, 20 characters) and {@code time3} (when).
         */
        Map<String, String> templates();
    }
}
