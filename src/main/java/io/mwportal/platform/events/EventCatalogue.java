package io.mwportal.platform.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every event type the features announce, gathered from their {@link EventSource}s. */
@ApplicationScoped
public class EventCatalogue {

    @Inject
    Instance<EventSource> sources;

    private volatile Map<String, EventType> types;

    public List<EventType> all() {
        return byType().values().stream().sorted(Comparator.comparing(EventType::type)).toList();
    }

    public Optional<EventType> find(String type) {
        return Optional.ofNullable(byType().get(type));
    }

    private Map<String, EventType> byType() {
        Map<String, EventType> current = types;
        if (current == null) {
            current = sources.stream().flatMap(source -> source.eventTypes().stream())
                    .collect(Collectors.toMap(EventType::type, Function.identity(), (a, b) -> a));
            types = current;
        }
        return current;
    }
}
