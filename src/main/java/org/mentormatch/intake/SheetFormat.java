package org.mentormatch.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.mentormatch.profile.ProfileSheets;

/** The two spreadsheet formats coordinators use: CSV (as Excel or LibreOffice save it) and the Excel workbook. */
enum SheetFormat {

    CSV(ProfileSheets.CSV, "csv"),
    XLSX(ProfileSheets.XLSX, "xlsx");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Content-Disposition that makes a browser save the sheet as {@code <name>.<extension>}. */
    String attachment(String name) {
        return "attachment; filename=\"%s.%s\"".formatted(name, extension);
    }

    /** The format of a media type such as {@code text/csv; charset=UTF-8}, parameters ignored. */
    static Optional<SheetFormat> of(String mediaType) {
        String essence = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(essence)).findFirst();
    }

    /** By the name a query parameter gives ({@code csv}, {@code xlsx}). */
    static Optional<SheetFormat> named(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
