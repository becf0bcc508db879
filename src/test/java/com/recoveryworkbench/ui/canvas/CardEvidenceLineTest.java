package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.export.MapLook;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The evidence line fits a full card: between the owner and the result without touching either, inside
 * the border, and the usual lines are not cut (two durations with hours in both may be: they end in "…"). Measured with the fonts the card paints with.
 */
@ExtendWith(ApplicationExtension.class)
class CardEvidenceLineTest {
    private static final Font NAME = Font.font("System", FontWeight.BOLD, MapLook.NAME_SIZE);
    private static final Font OWNER = Font.font("System", MapLook.OWNER_SIZE);
    private static final Font RESULT = Font.font("System", MapLook.RESULT_SIZE);
    /** Ascenders, capitals and descenders: the tallest ink a line can have. */
    private static final String TALL = "ÉÅbdfghjklpqy|";

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed, to measure text.
    }

    /** The ink of {@code text} drawn at {@code baseline} from the card's top edge. */
    private static Bounds ink(String text, Font font, double baseline) {
        Text node = new Text(0, baseline, text);
        node.setFont(font);
        node.setBoundsType(TextBoundsType.VISUAL);
        return node.getBoundsInLocal();
    }

    @Test
    void theLineSitsBetweenTheOwnerAndTheResultWithoutTouchingEither() {
        Bounds name = ink(TALL, NAME, MapLook.NAME_BASELINE);
        Bounds owner = ink(TALL, OWNER, MapLook.OWNER_BASELINE_WITH_EVIDENCE);
        Bounds evidence = ink(TALL, OWNER, MapLook.EVIDENCE_BASELINE);
        Bounds result = ink(TALL, RESULT, MapLook.RESULT_BASELINE);
        assertTrue(name.getMaxY() < owner.getMinY(), "name " + name + " over owner " + owner);
        assertTrue(owner.getMaxY() < evidence.getMinY(), "owner " + owner + " over evidence " + evidence);
        assertTrue(evidence.getMaxY() < result.getMinY(), "evidence " + evidence + " over result " + result);
        assertTrue(result.getMaxY() < MapLook.CARD_HEIGHT - MapLook.BORDER, "result " + result + " leaves the card");
    }

    @Test
    void theUsualLinesFitTheCardUncut() {
        TextFitter fitter = new TextFitter();
        double width = CardGeometry.WIDTH - 2 * MapLook.PAD;
        for (String line : new String[] {"drilled 365d ago · overdue", "failed in drill 365d ago",
            "partial in drill 365d ago", "measured 1h7m, plan 52m", "measured 9m11s, plan 20m", "never drilled"}) {
            assertEquals(line, fitter.fit(line, OWNER, width));
        }
    }
}
