package org.mentormatch.intake;

import java.util.List;

/**
 * An import refused as a whole, so nothing of it is written: a file that cannot be read (400), or rows that are
 * invalid (422, every error listed up to {@link #MAX_ERRORS}).
 */
final class SheetRefused extends RuntimeException {

    static final int MAX_ERRORS = 1_000;

    private final int status;
    private final transient List<RowError> errors;
    private final int total;

    private SheetRefused(int status, String detail, List<RowError> errors, int total) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = errors;
        this.total = total;
    }

    static SheetRefused unreadable(String detail) {
        return new SheetRefused(400, detail, List.of(), 0);
    }

    static SheetRefused invalid(List<RowError> errors) {
        String detail = "%d invalid cell%s; nothing was imported".formatted(errors.size(), errors.size() == 1 ? "" : "s");
        return new SheetRefused(422, detail, errors.stream().limit(MAX_ERRORS).toList(), errors.size());
    }

    int status() {
        return status;
    }

    List<RowError> errors() {
        return errors;
    }

    int total() {
        return total;
    }
}
