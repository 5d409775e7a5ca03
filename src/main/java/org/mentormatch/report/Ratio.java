package org.mentormatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates and means as reports show them: four decimals, and null where nothing was counted. */
final class Ratio {

    private static final int DECIMALS = 4;

    private Ratio() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    static Double round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
