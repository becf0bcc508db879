package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The results grid of one drill: a row per service of the plan with the drill's result for it, and its
 * planned and proven up times from the newest analysis. Typing into a cell or pasting rows from a
 * spreadsheet changes the drill as one undoable step, or, when any cell is refused, changes nothing and
 * says which cells and why ({@link #messageProperty()}). FX thread only.
 */
public final class DrillResultsModel {
    private final WorkbenchState workbench;
    private final StringProperty drillId = new SimpleStringProperty(this, "drillId");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public DrillResultsModel(WorkbenchState workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        workbench.document().planProperty().addListener((obs, old, plan) -> refresh());
        workbench.liveAnalysis().bothBasesProperty().addListener((obs, old, both) -> refresh());
        drillId.addListener((obs, old, id) -> {
            message.set("");
            refresh();
        });
        refresh();
    }

    private void refresh() {
        Plan plan = workbench.document().getPlan();
        Drill drill = drillId.get() == null ? null : plan.drill(drillId.get()).orElse(null);
        List<ResultRow> next = new ArrayList<>();
        if (drill != null) {
            DrillAnalyses both = workbench.liveAnalysis().getBothBases();
            for (Service service : plan.services()) {
                ProvenResult proven = both == null ? null : both.view().result(service.id()).orElse(null);
                next.add(row(service, drill.result(service.id()).orElse(null), proven));
            }
        }
        if (!rows.equals(next)) {
            rows.setAll(next);
        }
    }

    private static ResultRow row(Service service, DrillResult result, ProvenResult proven) {
        return new ResultRow(service.id(), service.name(), service.tier(), service.restoreTime(),
                result == null ? null : result.claimed().restoreTime(),
                result == null ? null : result.measured(),
                result == null ? null : result.dataLoss(),
                result == null ? null : result.outcome(),
                result == null ? "" : result.notes(),
                proven == null ? null : proven.plannedUp(),
                proven == null ? null : proven.provenUp());
    }

    /**
     * Enters {@code text} in one cell; a result begun here records what the plan claims about the
     * service now.
     *
     * @return false when the entry was refused; the reason is in {@link #messageProperty()}
     */
    public boolean type(String service, ResultColumn column, String text) {
        Drill drill = shownDrill();
        if (drill == null) {
            return false;
        }
        Plan plan = workbench.document().getPlan();
        String name = plan.service(service).map(Service::name).orElse(service);
        return commit(ResultEntries.typeCell(plan, drill, service, column, text),
                "Enter " + column.title().toLowerCase() + " of " + name + " in drill " + drill.name());
    }

    /**
     * Pastes tab-separated rows from the cell at {@code firstRow} (an index into {@link #rows()}) and
     * {@code firstColumn}, down and to the right. All or nothing.
     *
     * @return false when any cell was refused; the reasons, each naming its pasted row and column, are in
     *         {@link #messageProperty()}
     */
    public boolean paste(int firstRow, ResultColumn firstColumn, String clipboard) {
        Drill drill = shownDrill();
        if (drill == null || firstRow < 0) {
            return false;
        }
        List<String> order = rows.stream().map(ResultRow::service).toList();
        ResultEntries.Entered entered = ResultEntries.paste(workbench.document().getPlan(), drill, order, firstRow,
                firstColumn, clipboard);
        long pasted = clipboard == null ? 0 : clipboard.strip().lines().count();
        return commit(entered, "Paste " + pasted + (pasted == 1 ? " row" : " rows") + " into drill " + drill.name());
    }

    private boolean commit(ResultEntries.Entered entered, String label) {
        if (!entered.accepted()) {
            message.set(String.join("\n", entered.problems()) + "\nNothing was changed.");
            return false;
        }
        message.set("");
        Drill drill = entered.drill();
        workbench.document().apply(label, plan -> plan.withDrill(drill));
        return true;
    }

    private Drill shownDrill() {
        return drillId.get() == null ? null : workbench.document().getPlan().drill(drillId.get()).orElse(null);
    }

    /** The id of the drill whose results are shown; {@code null} shows none. */
    public StringProperty drillIdProperty() {
        return drillId;
    }

    /** One row per service of the plan, sorted by service id; empty when no drill is shown. */
    public ObservableList<ResultRow> rows() {
        return readOnlyRows;
    }

    /** Why the last entry or paste was refused, one located problem a line; empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
