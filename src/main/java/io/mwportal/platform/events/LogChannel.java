package io.mwportal.platform.events;

import org.jboss.logging.Logger;

/** The development channel: writes that a message would go out (type and delivery, no personal data). */
final class LogChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(LogChannel.class);

    private final String name;

    LogChannel(String name) {
        this.name = name;
    }

    @Override
    public boolean sends(String type) {
        return true;
    }

    @Override
    public SendResult send(ChannelMessage message) {
        LOG.infof("%s notification %s for delivery %d (subject %s)", name, message.type(), message.deliveryId(),
                message.subjectId());
        return SendResult.ok(200);
    }
}
