package org.mentormatch.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A cohort's report as CSV: a header {@code figure,value}, then one row per {@link Figure}; a figure that could
 * not be computed (a rate of nothing) has an empty value. One row per figure keeps the file readable in a
 * spreadsheet and stable when figures are added: a reader looks figures up by name, not by column.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private ReportCsv() {
    }

    static String write(CohortReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("figure", "value").get())) {
            for (Figure figure : Figure.of(report)) {
                printer.printRecord(figure.name(), figure.value() == null ? "" : figure.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
