package org.mentormatch.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: offset paging over a stable order, with the total across all pages. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Index of the first item, counted from 0", example = "0") int offset,
        @Schema(description = "Largest number of items a page holds", example = "20") int limit,
        @Schema(description = "Number of items across all pages", example = "42") long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.range(request.offset(), request.offset() + request.limit() - 1).list().stream()
                .map(mapper)
                .toList();
        return new Page<>(items, request.offset(), request.limit(), query.count());
    }
}
