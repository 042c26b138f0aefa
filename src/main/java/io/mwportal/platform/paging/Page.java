package io.mwportal.platform.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code hasNext} is always known (one extra row is read); {@code totalItems} only where the
 * list is small enough to count (officer queues), never on public search over a large table.
 */
@Schema(name = "Page")
public record Page<T>(List<T> items, int page, int size, boolean hasNext,
        @Schema(description = "Total number of items, where counted") Long totalItems,
        @Schema(description = "Where lists continue by position (job search): pass as `after` for the next page")
        String next) {

    public Page(List<T> items, int page, int size, boolean hasNext, Long totalItems) {
        this(items, page, size, hasNext, totalItems, null);
    }

    /** This page with the token that continues after its last item (only when there is a next page). */
    public Page<T> continuedBy(Function<T, String> token) {
        return hasNext && !items.isEmpty() ? new Page<>(items, page, size, true, totalItems,
                token.apply(items.get(items.size() - 1))) : this;
    }

    /** Reads one page of {@code query} (plus one row to learn {@code hasNext}); counts only when asked. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toView, boolean count) {
        List<E> rows = query.range(request.offset(), request.offset() + request.size).list();
        return fromSlice(rows, request, toView, count ? query.count() : null);
    }

    /**
     * Reads one page of {@code query} and turns all its rows into views at once, so that what the views need from
     * other tables is read with one query per table for the page, not one per row.
     */
    public static <E, T> Page<T> ofAll(PanacheQuery<E> query, PageRequest request, Function<List<E>, List<T>> toViews,
            boolean count) {
        List<E> rows = query.range(request.offset(), request.offset() + request.size).list();
        boolean hasNext = rows.size() > request.size;
        List<T> items = toViews.apply(rows.subList(0, Math.min(rows.size(), request.size)));
        return new Page<>(items, request.page, request.size, hasNext, count ? query.count() : null);
    }

    /** A page from rows fetched with {@code limit size + 1}: the extra row only tells that there is a next page. */
    public static <E, T> Page<T> fromSlice(List<E> rows, PageRequest request, Function<E, T> toView, Long totalItems) {
        boolean hasNext = rows.size() > request.size;
        List<T> items = rows.stream().limit(request.size).map(toView).toList();
        return new Page<>(items, request.page, request.size, hasNext, totalItems);
    }
}
