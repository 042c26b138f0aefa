package io.mwportal.platform.events;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.events.EventViews.Channel;

/** The implementation of each channel, as configured ({@code portal.events.sms.provider}, {@code …wechat.provider}). */
@ApplicationScoped
public class Channels {

    private final Map<Channel, NotificationChannel> byChannel;

    @Inject
    public Channels(EventsConfig config, ObjectMapper json, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        byChannel = Map.of(
                Channel.SMS, switch (config.sms().provider()) {
                    case "aliyun" -> new AliyunSmsChannel(config.sms(), http, json, clock);
                    case "log" -> new LogChannel("SMS");
                    default -> throw new IllegalStateException("portal.events.sms.provider: log or aliyun");
                },
                Channel.WECHAT, switch (config.wechat().provider()) {
                    case "wechat" -> new WechatSubscribeChannel(config.wechat(), http, json, clock);
                    case "log" -> new LogChannel("WECHAT");
                    default -> throw new IllegalStateException("portal.events.wechat.provider: log or wechat");
                });
    }

    public Optional<NotificationChannel> of(String channel) {
        try {
            return Optional.ofNullable(byChannel.get(Channel.valueOf(channel)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public NotificationChannel of(Channel channel) {
        return byChannel.get(channel);
    }
}
