package org.mentormatch.profile;

import java.util.List;

/**
 * Writes a cohort's profiles as a spreadsheet in the shape an import reads. Implemented by the intake feature,
 * which owns the sheet's columns; profiles only hand over their requests, so they do not depend on it.
 */
public interface ProfileSheets {

    String CSV = "text/csv";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** {@code requests} as a sheet of {@code mediaType} (CSV or XLSX) titled {@code title}. */
    byte[] write(String mediaType, String title, Class<? extends Record> requestType, List<? extends Record> requests);
}
