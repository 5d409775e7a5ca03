package org.mentormatch.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong in one cell of an imported sheet, placed as the spreadsheet shows it. */
@Schema(name = "RowError", description = "One invalid cell of an imported sheet")
public record RowError(
        @Schema(description = "Row number as the spreadsheet shows it; the header is row 1", example = "7")
        int row,
        @Schema(description = "The column, by the profile field's JSON name", example = "languages")
        String column,
        @Schema(description = "The cell as read; its first 100 characters and … when longer", example = "Danish")
        String value,
        @Schema(description = "What is wrong, as the API says it for one profile",
                example = "must be an ISO 639-1 language code")
        String message) {

    /** Longer cells are quoted by their start: a 2 MB cell repeated in every error would make a huge answer. */
    static final int QUOTED = 100;

    public RowError {
        if (value != null && value.length() > QUOTED) {
            value = value.substring(0, QUOTED) + "…";
        }
    }
}
