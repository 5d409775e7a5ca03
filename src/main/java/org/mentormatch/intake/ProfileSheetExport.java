package org.mentormatch.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mentormatch.profile.ProfileSheets;

/** Profiles exported with the columns the import reads, by JSON name, so an export imports back unchanged. */
@ApplicationScoped
class ProfileSheetExport implements ProfileSheets {

    @Override
    public byte[] write(String mediaType, String title, Class<? extends Record> requestType, List<? extends Record> requests) {
        List<Column> columns = ProfileColumns.of(requestType);
        SheetFormat format = SheetFormat.of(mediaType).orElseThrow();
        return SheetWriter.write(format, title, columns.stream().map(Column::name).toList(), columns, requests);
    }
}
