package io.mwportal.platform.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.mwportal.platform.i18n.Messages;

/**
 * A worker's message for an event, rendered when it is read, in the reader's language ({@code messages/notifications}):
 * the text of the event type, else for a case the general "news on your case" text, naming the case type and status.
 */
@ApplicationScoped
public class NotificationTexts {

    private static final String BUNDLE = "notifications";

    @Inject
    Messages messages;

    public String render(Locale locale, String type, Map<String, Object> data) {
        Map<String, Object> params = new HashMap<>(data);
        Object caseType = data.get("caseType");
        if (caseType != null) {
            params.put("caseName", nameOf(locale, "case-type." + caseType, caseType));
        }
        Object status = data.get("status");
        if (status != null) {
            params.put("statusName", nameOf(locale, "status." + status, status));
        }
        String text = messages.named(BUNDLE, locale, type, params);
        if (text == null && caseType != null) {
            text = messages.named(BUNDLE, locale, "case.update", params);
        }
        return text != null ? text : messages.named(BUNDLE, locale, "default", params);
    }

    private String nameOf(Locale locale, String key, Object code) {
        String name = messages.named(BUNDLE, locale, key, Map.of());
        return name != null ? name : String.valueOf(code);
    }
}
