package com.recoveryworkbench.ui.proven;

import com.recoveryworkbench.analysis.drill.Basis;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;

/**
 * A Planned | Proven segmented toggle ({@code id}, its buttons {@code id-planned} and {@code id-proven})
 * showing and setting a {@link BasisChoice}'s basis. Greyed out while the plan has no drill; its
 * tooltip then says why. The tooltip sits on a box around the buttons, because a disabled control
 * shows no tooltip of its own. Several switches may show the same choice. FX thread only.
 */
public final class BasisSwitch {
    private final HBox box = new HBox();

    public BasisSwitch(BasisChoice choice, String id) {
        Objects.requireNonNull(choice, "choice");
        ToggleButton planned = button(Basis.PLANNED, id);
        ToggleButton proven = button(Basis.PROVEN, id);
        SegmentedButton segments = new SegmentedButton(planned, proven);
        ToggleGroup group = segments.getToggleGroup();
        segments.disableProperty().bind(choice.availableProperty().not());
        Runnable show = () -> group.selectToggle(choice.basisProperty().get() == Basis.PROVEN ? proven : planned);
        show.run();
        choice.basisProperty().addListener(obs -> show.run());
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A segment clicked off: one basis stays chosen.
                group.selectToggle(old);
            } else {
                choice.basisProperty().set(selected == proven ? Basis.PROVEN : Basis.PLANNED);
            }
        });
        box.setId(id);
        box.getStyleClass().add("basis-switch");
        box.getChildren().add(segments);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(choice.explanationProperty());
        Tooltip.install(box, tip);
    }

    private static ToggleButton button(Basis basis, String id) {
        ToggleButton button = new ToggleButton(basis.label());
        button.setId(id + "-" + basis.name().toLowerCase(Locale.ROOT));
        button.setFocusTraversable(false);
        return button;
    }

    public Node node() {
        return box;
    }
}
