package io.mwportal.platform.events;

import java.util.List;

/** Implemented by each feature (a CDI bean) that records events: the types it announces. */
public interface EventSource {

    List<EventType> eventTypes();
}
