package org.mentormatch.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Reads an uploaded CSV file or Excel workbook into a {@link Sheet}; a file it cannot read is refused (400). */
final class SheetReader {

    private static final String BOM = "\uFEFF";

    private SheetReader() {
    }

    static Sheet read(SheetFormat format, byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        return format == SheetFormat.CSV ? csv(bytes) : workbook(bytes);
    }

    /**
     * UTF-8, with or without the byte-order mark Excel writes. The header tells the separator: Danish and other
     * continental Excels save with {@code ;}, and a list inside a cell is then separated by {@code |}.
     */
    private static Sheet csv(byte[] body) {
        String text = utf8(body);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        String headerLine = text.lines().findFirst().orElse("");
        boolean semicolons = count(headerLine, ';') > count(headerLine, ',');
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(semicolons ? ';' : ',').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Sheet.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Sheet.Row((int) record.getRecordNumber(), record.stream().map(String::strip).toList()));
            }
            return sheet(rows, semicolons ? '|' : ';');
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw SheetRefused.unreadable("The CSV file cannot be read: " + e.getMessage());
        }
    }

    /** The first sheet of the workbook. Numbers are read as written (4, not 4.0), true/false cells as text. */
    private static Sheet workbook(byte[] body) {
        // Fewer than four bytes are no workbook, and fastexcel's header check throws on them.
        if (body.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(body)) {
            throw SheetRefused.unreadable("The body is not an Excel workbook (.xlsx)");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body));
                Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            List<Sheet.Row> rows = new ArrayList<>();
            for (Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator(); it.hasNext(); ) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                rows.add(new Sheet.Row(row.getRowNum(), IntStream.range(0, row.getCellCount())
                        .mapToObj(i -> row.getOptionalCell(i).map(SheetReader::text).orElse(""))
                        .toList()));
            }
            return sheet(rows, ';');
        } catch (IOException | RuntimeException e) {
            throw SheetRefused.unreadable("The workbook cannot be read: " + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> number(cell.asNumber());
            case BOOLEAN -> cell.asBoolean().toString();
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static Sheet sheet(List<Sheet.Row> rows, char listSeparator) {
        List<Sheet.Row> filled = rows.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            throw SheetRefused.unreadable("The sheet is empty; its first row must name the columns");
        }
        return new Sheet(filled.get(0), filled.subList(1, filled.size()), listSeparator);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw SheetRefused.unreadable("The CSV file is not UTF-8; save it as \"CSV UTF-8\"");
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
