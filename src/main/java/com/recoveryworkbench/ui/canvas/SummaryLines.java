package com.recoveryworkbench.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a group's summary ("23 services", "3 ✗", "up by 1h2m") into lines of a width: as many parts on
 * a line as fit, joined by " · ", a part too long for a line of its own cut with "…". FX thread only.
 */
final class SummaryLines {
    private final TextFitter fitter = new TextFitter();
    private final Text probe = new Text();

    /** The lines of {@code parts} in {@code font}, none wider than {@code room} pixels. */
    List<String> lines(List<String> parts, Font font, double room) {
        probe.setFont(font);
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String part : parts) {
            String longer = line == null ? part : line + " · " + part;
            probe.setText(longer);
            if (probe.getLayoutBounds().getWidth() <= room) {
                line = longer;
                continue;
            }
            if (line != null) {
                lines.add(line);
            }
            line = fitter.fit(part, font, room);
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }

    /** {@code text} if it fits in {@code room} pixels, else cut with "…". */
    String fit(String text, Font font, double room) {
        return fitter.fit(text, font, room);
    }
}
