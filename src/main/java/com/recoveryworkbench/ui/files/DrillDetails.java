package com.recoveryworkbench.ui.files;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What File ▸ Import Drill Results… asks besides the file: the day of the drill, what people call it
 * (blank: a name from the date) and the id of the scenario it exercised.
 */
public record DrillDetails(LocalDate date, String name, String scenario) {
    public DrillDetails {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(scenario, "scenario");
    }
}
