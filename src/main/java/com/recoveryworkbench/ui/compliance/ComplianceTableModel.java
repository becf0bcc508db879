package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of the compliance table and its filters. {@link #update} replaces only the rows that
 * changed, so the view keeps its sort order, scroll position and selection; when most rows change
 * (another scenario) it replaces them all in one go. FX thread only.
 */
public final class ComplianceTableModel {
    /** Past this many changed rows, they are replaced in one change of the list. */
    private static final int BULK_ROWS = 16;

    private final ObservableList<ComplianceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ComplianceRow> visible = new FilteredList<>(rows);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<ComplianceFilter> complianceFilter =
            new SimpleObjectProperty<>(this, "complianceFilter", ComplianceFilter.ALL);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper costShown = new ReadOnlyBooleanWrapper(this, "costShown");

    public ComplianceTableModel() {
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = filterText.get();
            ComplianceFilter state = complianceFilter.get() == null ? ComplianceFilter.ALL : complianceFilter.get();
            return row -> row.matches(text) && state.matches(row.compliance());
        }, filterText, complianceFilter));
        count.bind(Bindings.createStringBinding(() -> visible.size() == rows.size() ? services(rows.size())
                : visible.size() + " of " + services(rows.size()), visible, rows));
    }

    /** "1 service", "3 services". */
    static String services(int count) {
        return count + (count == 1 ? " service" : " services");
    }

    /** What the empty table says: a plan with no service yet is not a filter that matched nothing. */
    public ObservableValue<String> emptyMessage() {
        return Bindings.createStringBinding(() -> rows.isEmpty() ? "No services yet" : "No services match", rows);
    }

    /** One row per service of {@code plan}, with its result in {@code analysis} (may be {@code null}) and no cost. */
    public void update(Plan plan, Analysis analysis) {
        update(plan, analysis, analysis, null);
    }

    /**
     * One row per service of {@code plan}, with its result in {@code analysis}, its planned up time in
     * {@code planned} (the same scenario analysed with the plan's own restore times; either may be
     * {@code null}) and its cost of downtime in {@code cost}, {@code analysis}'s; {@code cost} is
     * {@code null} when the plan has no rates, and then {@link #costShownProperty()} turns false.
     */
    public void update(Plan plan, Analysis analysis, Analysis planned, ScenarioCost cost) {
        costShown.set(cost != null);
        Map<String, RowCost> costs = new HashMap<>();
        if (cost != null) {
            cost.services().forEach(c -> costs.put(c.id(), new RowCost(c, cost.currency())));
        }
        List<ComplianceRow> next = plan.services().stream()
                .map(s -> ComplianceRow.of(s, analysis, planned, costs.get(s.id()))).toList();
        boolean sameServices = next.size() == rows.size() && plan.services().stream().map(Service::id).toList()
                .equals(rows.stream().map(ComplianceRow::id).toList());
        if (!sameServices) {
            rows.setAll(next);
            return;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(rows.get(i))) {
                changed.add(i);
            }
        }
        if (changed.size() > BULK_ROWS) {
            // One change for the whole list: a scenario switch changes most rows, and a change per row
            // would make the sorted view and the table react hundreds of times. Unchanged rows stay the same objects.
            List<ComplianceRow> merged = new ArrayList<>(rows);
            changed.forEach(i -> merged.set(i, next.get(i)));
            rows.setAll(merged);
            return;
        }
        changed.forEach(i -> rows.set(i, next.get(i)));
    }

    /** The rows that pass both filters, in plan order; the view sorts them. */
    public ObservableList<ComplianceRow> visibleRows() {
        return visible;
    }

    /** Kept when it matches name, id, owner or tier. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<ComplianceFilter> complianceFilterProperty() {
        return complianceFilter;
    }

    /** Whether the rows have a cost of downtime: the plan has rates. The view hides the cost column otherwise. */
    public ReadOnlyBooleanProperty costShownProperty() {
        return costShown.getReadOnlyProperty();
    }

    /** "40 services" or "12 of 40 services". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
