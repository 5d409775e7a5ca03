package org.mentormatch.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomesReport", description = "Outcomes across every programme, by the year cohorts started")
public record OutcomesReport(@Schema(description = "Oldest year first") List<YearFigures> years) {
}
