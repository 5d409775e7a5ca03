package org.mentormatch.profile;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.quarkus.panache.common.Parameters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a cohort's profiles starts when read by cursor: after the profile added at {@code createdAt} with
 * {@code id}, the last of the page before, which makes this page start at {@code offset}. The list's order is
 * (createdAt, id) and an index holds it, so PostgreSQL seeks straight to the page, where an offset makes it step
 * over every profile before it. Clients treat it as opaque text (base64url); the offset only numbers the page.
 */
public record PageCursor(int offset, OffsetDateTime createdAt, UUID id) {

    /** The contract's example: the page at 20, after a profile added on 30 November 2026. */
    public static final String EXAMPLE =
            "MjAgMjAyNi0xMS0zMFQwOTozMDoxMi4xMjM0NTZaIDNmMWMyYTRlLThkMmItNGMxZS05YTU3LTJiOGU2ZjBkMWMzYQ";

    /** The condition a query adds to start after the cursor, as one row comparison that the index can seek by. */
    static final String AFTER = " and (createdAt, id) > (:cursorCreatedAt, :cursorId)";

    /** The cursor after {@code last}, the profile at {@code offset - 1}. */
    static PageCursor after(int offset, Profile last) {
        return new PageCursor(offset, last.createdAt, last.id);
    }

    /**
     * Read by JAX-RS from the {@code cursor} query parameter; text that is not a cursor is answered 400 naming the
     * parameter (api.UnreadableQueryParameterMapper). An empty one reads as none: the first page.
     */
    public static PageCursor fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), UTF_8).split(" ", -1);
            int offset = parts.length == 3 ? Integer.parseInt(parts[0]) : -1;
            if (offset < 0) {
                throw new IllegalArgumentException("three parts, the first a count");
            }
            return new PageCursor(offset, OffsetDateTime.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException notACursor) {
            throw new IllegalArgumentException("Not a cursor this service gave: " + text, notACursor);
        }
    }

    Parameters bind(Parameters parameters) {
        return parameters.and("cursorCreatedAt", createdAt).and("cursorId", id);
    }

    @Override
    public String toString() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString("%d %s %s".formatted(offset, createdAt, id).getBytes(UTF_8));
    }
}
