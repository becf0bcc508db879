package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz {@code dot} as the reference engine for the benchmark only: writes the plan as DOT with the
 * same card size, spacing and direction as our layout, runs {@code dot -Tplain} and reads back the
 * card centres. Never used by the program or its tests.
 */
final class DotLayout {
    private static final double POINTS_PER_INCH = 72;
    private static final long TIMEOUT_MINUTES = 10;

    private DotLayout() {
    }

    /** Whether {@code dot} can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Card centres by service id, in points; empty when dot failed or ran past the time limit. */
    static Optional<Map<String, double[]>> centres(Plan plan, double cardWidth, double cardHeight, double nodeGap,
                                                   double layerGap) throws IOException, InterruptedException {
        Path input = Files.createTempFile("layout-bench", ".dot");
        Path output = Files.createTempFile("layout-bench", ".plain");
        try {
            Files.writeString(input, dot(plan, cardWidth, cardHeight, nodeGap, layerGap));
            // Output goes to a file, so waiting with a time limit never blocks on a full pipe.
            Process p = new ProcessBuilder("dot", "-Tplain", input.toString())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(parse(Files.readString(output))) : Optional.empty();
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    private static String dot(Plan plan, double cardWidth, double cardHeight, double nodeGap, double layerGap) {
        StringBuilder b = new StringBuilder("digraph plan {\n  rankdir=LR;\n");
        b.append(String.format(Locale.ROOT, "  nodesep=%.3f;\n  ranksep=%.3f;\n", nodeGap / POINTS_PER_INCH,
                layerGap / POINTS_PER_INCH));
        b.append(String.format(Locale.ROOT, "  node [shape=box, fixedsize=true, width=%.3f, height=%.3f];\n",
                cardWidth / POINTS_PER_INCH, cardHeight / POINTS_PER_INCH));
        for (Service s : plan.services()) {
            b.append("  \"").append(s.id()).append("\";\n");
        }
        for (Dependency d : plan.dependencies()) {
            if (d.isHard()) {
                // Same orientation as our layout: what must come back first is the edge's tail.
                b.append("  \"").append(d.to()).append("\" -> \"").append(d.from()).append("\";\n");
            }
        }
        return b.append("}\n").toString();
    }

    private static Map<String, double[]> parse(String plain) {
        Map<String, double[]> centres = new HashMap<>();
        for (String line : plain.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].equals("node")) {
                String id = f[1].replace("\"", "");
                centres.put(id, new double[] {Double.parseDouble(f[2]) * POINTS_PER_INCH,
                        Double.parseDouble(f[3]) * POINTS_PER_INCH});
            }
        }
        return centres;
    }
}
