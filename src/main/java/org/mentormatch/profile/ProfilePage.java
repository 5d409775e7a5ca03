package org.mentormatch.profile;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a cohort's mentors or mentees: offset paging like every list, plus the cursor of the page after it,
 * which reads a deep page as fast as the first. The contract names it per kind (MenteeResource.MenteePage).
 */
public record ProfilePage<T>(List<T> items, int offset, int limit, long total, String next) {

    /**
     * The page of {@code limit} profiles starting at {@code offset}, from up to one more than that: when the extra
     * one is there, another page follows and {@code next} says where.
     */
    static <E extends Profile, T> ProfilePage<T> of(List<E> rows, int offset, int limit, long total, Function<E, T> mapper) {
        List<E> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? PageCursor.after(offset + limit, page.get(limit - 1)).toString() : null;
        return new ProfilePage<>(page.stream().map(mapper).toList(), offset, limit, total, next);
    }
}
