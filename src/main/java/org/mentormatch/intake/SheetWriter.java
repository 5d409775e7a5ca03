package org.mentormatch.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes profile sheets in the shape the import reads: a header row, then one row per profile, lists joined by
 * {@code ;}. In a workbook numbers and true/false stay typed cells; CSV is UTF-8 with commas.
 */
final class SheetWriter {

    private static final String LIST_SEPARATOR = ";";
    // Keys sorted: the row holds them in jsonb's order (shortest first), which no one would expect in a cell.
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SheetWriter() {
    }

    /** One sheet: the header, then a row per record, each cell the record's value for its column. */
    static byte[] write(SheetFormat format, String title, List<String> header, List<Column> columns, List<?> records) {
        List<List<Object>> rows = records.stream().map(request -> cells(columns, request)).toList();
        return format == SheetFormat.CSV ? csv(header, rows) : workbook(title, header, rows, null);
    }

    /**
     * The template: labels as the header and the contract's examples as one row; a workbook explains each
     * column on a second sheet.
     */
    static byte[] template(SheetFormat format, String title, List<Column> columns) {
        List<String> header = columns.stream().map(Column::label).toList();
        List<List<Object>> example = List.of(columns.stream().<Object>map(Column::example).toList());
        if (format == SheetFormat.CSV) {
            return csv(header, example);
        }
        List<List<Object>> explained = new ArrayList<>();
        explained.add(List.of("Column", "JSON name", "Required", "What it holds", "Allowed values"));
        columns.forEach(column -> explained.add(List.of(column.label(), column.name(), column.required() ? "yes" : "no",
                column.description(), column.allowed())));
        return workbook(title, header, example, explained);
    }

    private static List<Object> cells(List<Column> columns, Object request) {
        return columns.stream().map(column -> {
            Object value = column.valueOf(request);
            if (value instanceof List<?> list) {
                return String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
            }
            if (value instanceof Map<?, ?> object) {
                return object.isEmpty() ? null : json(object);
            }
            return value instanceof Enum<?> choice ? choice.name() : value;
        }).toList();
    }

    private static String json(Map<?, ?> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Attribute values are always JSON", e);
        }
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static byte[] workbook(String title, List<String> header, List<List<Object>> rows, List<List<Object>> columnsSheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "mentor-match", "1.0");
            Worksheet sheet = workbook.newWorksheet(title);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            fill(sheet, 1, rows);
            if (columnsSheet != null) {
                Worksheet explained = workbook.newWorksheet("Columns");
                fill(explained, 0, columnsSheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void fill(Worksheet sheet, int firstRow, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(firstRow + r, c, number);
                } else if (value instanceof Boolean flag) {
                    sheet.value(firstRow + r, c, flag);
                } else if (value != null) {
                    sheet.value(firstRow + r, c, value.toString());
                }
            }
        }
    }
}
