package com.recoveryworkbench.bench;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: the smallest JavaFX window that looks like an application, a menu bar and
 * a table, started from the same jar and JVM as the workbench. Its title names the plan file it is
 * given, as the workbench's does once the plan is shown, so {@code installer/measure-startup.sh}
 * times both the same way (docs/performance.md, "Start-up"). It reads nothing: its window and "plan"
 * moments are the same.
 */
public final class ReferenceWindow extends Application {

    /**
     * A separate class for {@code main}: the class that extends {@link Application} cannot be the main
     * class when JavaFX is on the class path (as for {@code WorkbenchLauncher}).
     */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(ReferenceWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String plan = args.isEmpty() ? "no plan" : Path.of(args.get(0)).getFileName().toString();
        Menu file = new Menu("File");
        file.getItems().addAll(new MenuItem("Open…"), new MenuItem("Save"), new MenuItem("Quit"));
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Checkout", "Payments", "Orders"));
        TableColumn<String, String> name = new TableColumn<>("Service");
        name.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
        table.getColumns().add(name);
        BorderPane root = new BorderPane(table);
        root.setTop(new MenuBar(file, new Menu("Edit"), new Menu("View"), new Menu("Help")));
        stage.setScene(new Scene(root, 1000, 700));
        stage.setTitle(plan + " - Recovery Workbench reference window");
        stage.show();
    }
}
