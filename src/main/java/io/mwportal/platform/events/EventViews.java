package io.mwportal.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.mwportal.platform.validation.MobilePhone;

/** API records of events, the inbox, notification settings and webhooks. */
public final class EventViews {

    private EventViews() {
    }

    @Schema(name = "Notification")
    public record NotificationView(long id, @Schema(example = "wage-complaint.accept") String type,
            @Schema(example = "WC2026000123") String subjectId,
            @Schema(description = "In the caller's language (Accept-Language), rendered now") String message,
            @Schema(description = "Identifiers and codes of the subject") Map<String, Object> data,
            Instant occurredAt, boolean read) {
    }

    @Schema(name = "NotificationPage")
    public record NotificationPage(List<NotificationView> items, int page, int size, boolean hasNext,
            @Schema(description = "Unread notifications in all") long unreadCount) {
    }

    public enum Channel {
        SMS, WECHAT
    }

    @Schema(name = "NotificationSettingsRequest",
            examples = "{\"channels\": [\"SMS\"], \"phone\": \"13812345678\"}")
    public record NotificationSettingsRequest(
            @NotNull @Size(max = 2) @Schema(description = "Besides the inbox, which is always on") List<@NotNull Channel> channels,
            @MobilePhone @Schema(example = "13812345678", description = "Required for SMS") String phone,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") @Schema(example = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M",
                    description = "The worker's openid in the mini-program; required for WECHAT") String wechatOpenId) {
    }

    @Schema(name = "NotificationSettings")
    public record NotificationSettingsView(List<Channel> channels,
            @Schema(description = "Masked", example = "138****5678") String phone, String wechatOpenId) {
    }

    @Schema(name = "EventType")
    public record EventTypeView(@Schema(example = "enrolment.promoted") String type, boolean forWorker,
            @Schema(description = "The role of the office whose integrations hear of it", example = "training-officer")
            String officeRole, boolean forPartner, String description) {
    }

    @Schema(name = "Event")
    public record EventView(@Schema(description = "The event's number; webhook messages carry it as `data.eventId`") long id,
            @Schema(example = "job-application.received") String type, String subjectId, Instant occurredAt,
            Map<String, Object> data) {
    }

    @Schema(name = "EventFeed")
    public record EventFeed(List<EventView> items,
            @Schema(description = "Pass as `after` to continue; present even when there is nothing new yet") String next) {
    }

    @Schema(name = "WebhookRequest", examples = "{\"url\": \"https://partner.example.com/hooks/portal\", "
            + "\"eventTypes\": [\"vacancy.published\", \"job-application.received\"], "
            + "\"description\": \"古塔就业服务合作平台\"}")
    public record WebhookRequest(
            @NotNull @Size(max = 2000) @Schema(example = "https://partner.example.com/hooks/portal") String url,
            @NotEmpty @Size(max = 50) @Schema(example = "[\"job-application.received\"]")
            List<@NotNull @Size(max = 60) String> eventTypes,
            @Size(max = 200) String description,
            @Schema(description = "Paused subscriptions receive nothing (default true)") Boolean active) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(long id, String url, List<String> eventTypes, String description, boolean active,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "Only in the answer that creates or rotates it; keep it, it is not shown again",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @Schema(description = "Until when the secret before the last rotation still signs") Instant previousSecretValidUntil) {
    }

    @Schema(name = "DeliveryAttempt")
    public record AttemptView(Instant attemptedAt, Integer responseStatus, String error, int durationMs) {
    }

    public enum DeliveryState {
        PENDING, DELIVERED, DEAD, SKIPPED
    }

    @Schema(name = "Delivery")
    public record DeliveryView(long id, long eventId, String eventType, DeliveryState state, int attempts,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt,
            List<AttemptView> attemptLog) {
    }
}
