package io.mwportal.platform.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.events.EventViews.Channel;
import io.mwportal.platform.events.EventViews.NotificationPage;
import io.mwportal.platform.events.EventViews.NotificationSettingsRequest;
import io.mwportal.platform.events.EventViews.NotificationSettingsView;
import io.mwportal.platform.events.EventViews.NotificationView;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.privacy.Masking;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.Versioned;

/**
 * The worker's notifications: the events addressed to them, newest first, rendered in the reader's language; and the
 * channels they chose. Another worker's notification is a 404.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    CurrentUser user;

    @Inject
    NotificationTexts texts;

    @Inject
    FieldCrypto crypto;

    @Inject
    Clock clock;

    @Transactional
    public NotificationPage mine(PageRequest page, boolean unreadOnly, Locale locale) {
        String worker = user.subject();
        List<Event> rows = Event.<Event>find("workerSubject = ?1" + (unreadOnly ? " and readAt is null" : "")
                + " order by id desc", worker).range(page.offset(), page.offset() + page.size).list();
        List<NotificationView> items = rows.stream().limit(page.size).map(e -> new NotificationView(e.id, e.type,
                e.subjectId, texts.render(locale, e.type, e.data), e.data, e.occurredAt, e.readAt != null)).toList();
        long unread = Event.count("workerSubject = ?1 and readAt is null", worker);
        return new NotificationPage(items, page.page, page.size, rows.size() > page.size, unread);
    }

    @Transactional
    public void markRead(long id) {
        int found = Event.update("readAt = coalesce(readAt, ?1) where id = ?2 and workerSubject = ?3",
                Instant.now(clock), id, user.subject());
        if (found == 0) {
            throw new ProblemException(404, "NOT_FOUND");
        }
    }

    @Transactional
    public void markAllRead() {
        Event.update("readAt = ?1 where workerSubject = ?2 and readAt is null", Instant.now(clock), user.subject());
    }

    @Transactional
    public Versioned<NotificationSettingsView> settings() {
        NotificationSettings settings = NotificationSettings.findById(user.subject());
        return settings == null ? new Versioned<>(new NotificationSettingsView(List.of(), null, null), 0)
                : new Versioned<>(view(settings), settings.version);
    }

    /** Replaces the worker's choice; SMS needs a phone and WECHAT an openid (422 naming the missing one). */
    @Transactional
    public Versioned<NotificationSettingsView> saveSettings(NotificationSettingsRequest request) {
        List<Channel> channels = request.channels().stream().distinct().toList();
        if (channels.contains(Channel.SMS) && request.phone() == null) {
            throw ProblemException.withErrors(422, "VALIDATION_FAILED",
                    List.of(new Violation("phone", "REQUIRED_FOR_SMS")));
        }
        if (channels.contains(Channel.WECHAT) && request.wechatOpenId() == null) {
            throw ProblemException.withErrors(422, "VALIDATION_FAILED",
                    List.of(new Violation("wechatOpenId", "REQUIRED_FOR_WECHAT")));
        }
        NotificationSettings settings = NotificationSettings.findById(user.subject());
        if (settings == null) {
            settings = new NotificationSettings();
            settings.workerSubject = user.subject();
        }
        settings.channels = channels.stream().map(Channel::name).toArray(String[]::new);
        settings.phone = request.phone() == null ? null : crypto.encrypt(request.phone());
        settings.wechatOpenId = request.wechatOpenId();
        settings.updatedAt = Instant.now(clock);
        settings.persistAndFlush();
        return new Versioned<>(view(settings), settings.version);
    }

    private NotificationSettingsView view(NotificationSettings settings) {
        return new NotificationSettingsView(Arrays.stream(settings.channels).map(Channel::valueOf).toList(),
                settings.phone == null ? null : Masking.phone(crypto.decrypt(settings.phone)), settings.wechatOpenId);
    }
}
