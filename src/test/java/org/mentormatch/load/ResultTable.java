package org.mentormatch.load;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's answer: one Markdown row per measurement, with the target of issue 15 beside it. */
final class ResultTable {

    private record Row(String what, String measured, String target, String met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A measurement with a target; {@code met} is null when there is none to compare with. */
    void add(String what, String measured, String target, Boolean met) {
        rows.add(new Row(what, measured, target, met == null ? "" : met ? "yes" : "**no**"));
    }

    /** A measurement shown for context, without a target. */
    void add(String what, String measured) {
        add(what, measured, "", null);
    }

    void note(String line) {
        notes.add(line);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| what | measured | target | met |\n|---|---|---|---|\n");
        rows.forEach(row -> out.append("| %s | %s | %s | %s |%n".formatted(row.what, row.measured, row.target, row.met)));
        notes.forEach(note -> out.append('\n').append(note).append('\n'));
        return out.toString();
    }
}
