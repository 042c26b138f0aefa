package io.mwportal.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the portal logs while a test runs (every logger, every thread), for tests that prove what is not
 * logged: no warnings for expected refusals, no personal identifiers, one line per outage. Use with
 * try-with-resources.
 */
public final class LogCapture implements AutoCloseable {

    /** One captured line: its level, logger and formatted message (with the exception's messages appended). */
    public record Line(Level level, String logger, String text) {

        public boolean isWarningOrWorse() {
            return level.intValue() >= Level.WARNING.intValue();
        }

        @Override
        public String toString() {
            return level + " [" + logger + "] " + text;
        }
    }

    private final Logger root = Logger.getLogger("");
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(format(record));
            for (Throwable e = record.getThrown(); e != null; e = e.getCause()) {
                text.append(" | ").append(e);
            }
            lines.add(new Line(record.getLevel(), record.getLoggerName(), text.toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
    }

    /** Starts capturing INFO and above. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.handler.setLevel(Level.INFO);
        capture.root.addHandler(capture.handler);
        return capture;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> warningsOrWorse() {
        return lines.stream().filter(Line::isWarningOrWorse).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }

    private static String format(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        if (message == null || parameters == null || parameters.length == 0) {
            return String.valueOf(message);
        }
        try {
            return message.contains("%") ? String.format(message, parameters)
                    : java.text.MessageFormat.format(message, parameters);
        } catch (RuntimeException e) {
            return message;
        }
    }
}
