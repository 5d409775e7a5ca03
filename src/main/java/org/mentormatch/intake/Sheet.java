package org.mentormatch.intake;

import java.util.List;

/**
 * A spreadsheet as read: the header row, the rows below it that hold anything, and the character that separates
 * the entries of a list inside a cell.
 */
record Sheet(Row header, List<Row> rows, char listSeparator) {

    /** One row, numbered as the spreadsheet shows it (the header is row 1), its cells as text, stripped. */
    record Row(int number, List<String> cells) {

        /** The cell in this column, or "" past the row's last cell. */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}
