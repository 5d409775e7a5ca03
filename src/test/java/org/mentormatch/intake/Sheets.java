package org.mentormatch.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Spreadsheets for import tests: rows of made-up people, as CSV text or as a workbook. */
final class Sheets {

    static final List<String> MENTEE_HEADER = List.of("displayName", "email", "field", "educationLevel", "languages",
            "skills", "remoteOk", "wishes.preferredFields", "wishes.meetingMode");
    static final List<String> MENTOR_HEADER = List.of("displayName", "email", "field", "languages", "capacity", "markets");

    private Sheets() {
    }

    /** {@code count} mentees, mentee1@example.org …, all valid. */
    static List<List<String>> mentees(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> List.of("Mentee " + i, "mentee%d@example.org".formatted(i),
                "2512", String.valueOf(i % 9), "en;da", "Python;SQL", String.valueOf(i % 2 == 0), "25;2421", "ONLINE"))
                .toList();
    }

    static List<List<String>> mentors(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> List.of("Mentor " + i, "mentor%d@example.dk".formatted(i),
                "2511", "da;en", String.valueOf(1 + i % 3), "DK;SE")).toList();
    }

    /** The rows with one cell replaced. */
    static List<List<String>> with(List<List<String>> rows, int index, int column, String value) {
        List<List<String>> changed = new ArrayList<>(rows);
        List<String> row = new ArrayList<>(rows.get(index));
        row.set(column, value);
        changed.set(index, row);
        return changed;
    }

    static String csv(List<String> header, List<List<String>> rows, String separator) {
        StringBuilder text = new StringBuilder(String.join(separator, header)).append("\r\n");
        rows.forEach(row -> text.append(String.join(separator, row.stream()
                .map(cell -> separator.equals(";") ? cell.replace(';', '|') : cell).toList())).append("\r\n"));
        return text.toString();
    }

    static byte[] csvBytes(List<String> header, List<List<String>> rows) {
        return csv(header, rows, ",").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet holds the rows; numbers are written as number cells, as Excel would. */
    static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("People");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (cell.matches("\\d{1,2}")) {
                    sheet.value(r + 1, c, Integer.parseInt(cell));
                } else {
                    sheet.value(r + 1, c, cell);
                }
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }
}
