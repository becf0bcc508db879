package com.recoveryworkbench.ui.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recoveryworkbench.io.AtomicFileWriter;
import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The autosaved copies of unsaved plans in one folder. Each document has one recovery: a plan file
 * {@code KEY.rplan.json} and a sidecar {@code KEY.recovery.json} recording the plan's name, its
 * original file (absent for an untitled plan) and when it was written. {@code KEY} is
 * {@code untitled} or {@code plan-} plus a hash of the original file's absolute path. Both files are
 * written atomically, the plan first, so a sidecar always describes a whole plan file. Thread-safe
 * (no state besides the folder); callers serialise writes and deletes of one document.
 */
public final class RecoveryFiles {
    /** System property naming the folder instead of {@code ~/.recovery-workbench/recovery}. */
    public static final String DIRECTORY_PROPERTY = "recoveryworkbench.recovery.dir";

    private static final String PLAN_SUFFIX = ".rplan.json";
    private static final String SIDECAR_SUFFIX = ".recovery.json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One recovery found on disk; {@code original} is empty for an untitled plan. */
    public record Recovery(Path planFile, String planName, Optional<Path> original, Instant savedAt) {
        /** The question asked at startup, with the autosave time in {@code zone}. */
        public String question(ZoneId zone) {
            return "Recovery Workbench closed without saving '" + planName + "' — last autosaved "
                    + TIME.format(savedAt.atZone(zone)) + ". Restore it?";
        }
    }

    private final Path directory;
    private final AtomicFileWriter files = new AtomicFileWriter();

    public RecoveryFiles(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The folder named by {@value #DIRECTORY_PROPERTY}, else {@code ~/.recovery-workbench/recovery}. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".recovery-workbench", "recovery");
    }

    /** Writes the recovery of the document bound to {@code original} ({@code null}: untitled). */
    public void write(Plan plan, Path original, Instant savedAt) throws IOException {
        Files.createDirectories(directory);
        String key = keyOf(original);
        files.write(new PlanWriter().toJson(plan).getBytes(StandardCharsets.UTF_8), directory.resolve(key + PLAN_SUFFIX));
        ObjectNode sidecar = Json.MAPPER.createObjectNode();
        sidecar.put("planName", plan.name());
        if (original != null) {
            sidecar.put("original", original.toAbsolutePath().normalize().toString());
        }
        sidecar.put("savedAt", savedAt.toString());
        files.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(sidecar),
                directory.resolve(key + SIDECAR_SUFFIX));
    }

    /** Removes the recovery of the document bound to {@code original}, if there is one. */
    public void delete(Path original) throws IOException {
        String key = keyOf(original);
        // The sidecar first: without it, a left-over plan file is never offered.
        Files.deleteIfExists(directory.resolve(key + SIDECAR_SUFFIX));
        Files.deleteIfExists(directory.resolve(key + PLAN_SUFFIX));
    }

    /** The recoveries in the folder, newest first; unreadable or incomplete ones are skipped. */
    public List<Recovery> find() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Recovery> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path sidecar : entries.filter(p -> p.getFileName().toString().endsWith(SIDECAR_SUFFIX)).toList()) {
                read(sidecar).ifPresent(found::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed()
                .thenComparing(recovery -> recovery.planFile().toString()));
        return List.copyOf(found);
    }

    /** Reads a recovery's plan. */
    public LoadedPlan load(Recovery recovery) throws PlanFileException {
        return new PlanReader().read(recovery.planFile());
    }

    private static Optional<Recovery> read(Path sidecar) {
        String name = sidecar.getFileName().toString();
        Path planFile = sidecar.resolveSibling(name.substring(0, name.length() - SIDECAR_SUFFIX.length()) + PLAN_SUFFIX);
        try {
            JsonNode json = Json.MAPPER.readTree(sidecar.toFile());
            if (!Files.isRegularFile(planFile) || !json.hasNonNull("planName") || !json.hasNonNull("savedAt")) {
                return Optional.empty();
            }
            Optional<Path> original = json.hasNonNull("original")
                    ? Optional.of(Path.of(json.get("original").asText())) : Optional.empty();
            return Optional.of(new Recovery(planFile, json.get("planName").asText(), original,
                    Instant.parse(json.get("savedAt").asText())));
        } catch (IOException | RuntimeException e) {
            // A damaged sidecar must not stop the window from starting.
            return Optional.empty();
        }
    }

    static String keyOf(Path original) {
        if (original == null) {
            return "untitled";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(original.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return "plan-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Jackson's object mapper, made on first use: it takes a tenth of a second to load, and the window's
     * start-up looks for recoveries on the JavaFX thread, where usually there is none to read.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
