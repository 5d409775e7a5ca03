package org.mentormatch.intake;

import java.util.List;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Unprocessable;

/**
 * An import refused as a whole, so nothing of it is written: a file that cannot be read (400), or rows that are
 * invalid (422, every error listed up to {@link #MAX_ERRORS}, with their total).
 */
final class SheetRefused {

    static final int MAX_ERRORS = 1_000;

    private SheetRefused() {
    }

    static Invalid unreadable(String detail) {
        return Invalid.unreadable("unreadable-sheet", detail);
    }

    static Unprocessable invalid(List<RowError> errors) {
        String detail = "%d invalid cell%s; nothing was imported".formatted(errors.size(), errors.size() == 1 ? "" : "s");
        return new Unprocessable("invalid-rows", detail)
                .with("errors", errors.stream().limit(MAX_ERRORS).toList())
                .with("total", errors.size());
    }
}
