package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any plan's services, written as CSV by the small writer below (every cell quoted, columns in any
 * order, header in any case), import back to the same services and dependencies. Positions are the
 * importer's own. Backups and snapshots always carry a transfer time, since an empty one reads as 0,
 * and custom tiers are ids that do not look like the tier shorthands ("1", "Tier 1").
 */
class CsvRoundTripProperties {
    private static final List<String> COLUMNS = List.of("id", "name", "kind", "tier", "restore", "depends_on",
            "soft_depends_on", "stateful", "protection", "protection_interval", "protection_transfer", "rto_target",
            "rpo_target", "owner", "region", "strategy", "standby_region", "failover", "notes");

    @Property(tries = 300)
    void servicesAndDependenciesSurviveTheTrip(@ForAll("plans") Plan plan, @ForAll("columnOrders") List<String> columns,
                                               @ForAll boolean crlf, @ForAll boolean isoDurations,
                                               @ForAll boolean upperCaseHeader) throws Exception {
        String csv = write(plan, columns, crlf ? "\r\n" : "\n", isoDurations ? Duration::toString : Durations::format,
                upperCaseHeader);
        Plan imported = new CsvPlanImporter().importText(csv, "round-trip.csv", "P").plan();
        assertEquals(plan.services(), imported.services().stream().map(s -> s.withPosition(Position.ORIGIN)).toList());
        assertEquals(plan.dependencies(), imported.dependencies());
    }

    @Property(tries = 100)
    void noTwoImportedServicesShareAPosition(@ForAll("plans") Plan plan) throws Exception {
        Plan imported = new CsvPlanImporter().importText(
                write(plan, COLUMNS, "\n", Durations::format, false), "layout.csv", "P").plan();
        Set<Position> positions = imported.services().stream().map(Service::position).collect(Collectors.toSet());
        assertEquals(imported.serviceCount(), positions.size());
    }

    @Provide
    Arbitrary<List<String>> columnOrders() {
        return Arbitraries.shuffle(COLUMNS);
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<String> id = Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(8)
                .filter(Ids::isValid);
        return id.list().ofMaxSize(12).uniqueElements().flatMap(ids -> {
            Arbitrary<List<Service>> services = ids.isEmpty() ? Arbitraries.just(List.of())
                    : Combinators.combine(ids.stream().map(CsvRoundTripProperties::service).toList()).as(l -> l);
            Arbitrary<List<Dependency>> dependencies = ids.size() < 2 ? Arbitraries.just(List.of())
                    : dependency(ids).list().ofMaxSize(20).uniqueElements(d -> d.from() + " " + d.to());
            return Combinators.combine(services, dependencies)
                    .as((s, d) -> new Plan("P", "", Settings.DEFAULT, TierPolicy.defaults(), s, d));
        });
    }

    private static Arbitrary<Dependency> dependency(List<String> ids) {
        return Combinators.combine(Arbitraries.of(ids), Arbitraries.of(ids), Arbitraries.of(DependencyType.class))
                .as(Dependency::new).filter(d -> !d.from().equals(d.to()));
    }

    /** What a row says besides its id, text and durations, to stay within the combinators' eight arguments. */
    private record Facts(ServiceKind kind, String tier, Boolean stateful, DataProtection protection,
                         RecoveryStrategy strategy, String standbyRegion, Duration failover) {
    }

    private static Arbitrary<Service> service(String id) {
        Arbitrary<Facts> facts = Combinators.combine(Arbitraries.of(ServiceKind.class),
                Arbitraries.of("tier-0", "tier-1", "tier-2", "tier-3", "gold", "tier-9", "silver.2"),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.4), protection(),
                Arbitraries.of(RecoveryStrategy.class).injectNull(0.4), text(), duration()).as(Facts::new);
        return Combinators.combine(facts, text(), duration(), duration(), duration(), text(), text(), text())
                .as((f, name, restore, rto, rpo, owner, region, notes) -> Service.builder(id, f.kind())
                        .name(name).tier(f.tier()).restoreTime(restore).stateful(f.stateful())
                        .protection(f.protection()).strategy(f.strategy()).rtoTarget(rto).rpoTarget(rpo)
                        .owner(owner).region(region).standbyRegion(f.standbyRegion()).failoverTime(f.failover())
                        .notes(notes).build());
    }

    private static Arbitrary<DataProtection> protection() {
        Arbitrary<Duration> known = duration().filter(d -> d != null);
        return Arbitraries.oneOf(Arbitraries.just(DataProtection.NONE),
                Combinators.combine(duration(), known).as(DataProtection::backup),
                Combinators.combine(duration(), known).as(DataProtection::snapshot),
                duration().map(DataProtection::asyncReplication),
                Arbitraries.just(DataProtection.syncReplication()));
    }

    private static Arbitrary<Duration> duration() {
        return Arbitraries.longs().between(0, Durations.MAX.getSeconds()).map(Duration::ofSeconds).injectNull(0.3);
    }

    /** Text with everything CSV has to quote, and white space that only notes keep. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\n\r\t,\";é«»–\u00a0\uFEFF")
                .ofMaxLength(15);
    }

    static String write(Plan plan, List<String> columns, String lineEnd, Function<Duration, String> duration,
                        boolean upperCaseHeader) {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(c -> quote(upperCaseHeader ? c.toUpperCase(Locale.ROOT) : c))
                .collect(Collectors.joining(","))).append(lineEnd);
        for (Service s : plan.services()) {
            out.append(columns.stream().map(c -> quote(cell(plan, s, c, duration))).collect(Collectors.joining(",")))
                    .append(lineEnd);
        }
        return out.toString();
    }

    private static String cell(Plan plan, Service s, String column, Function<Duration, String> duration) {
        Function<Duration, String> orEmpty = d -> d == null ? "" : duration.apply(d);
        return switch (column) {
            case "id" -> s.id();
            case "name" -> s.name();
            case "kind" -> s.kind().code();
            case "tier" -> s.tier();
            case "restore" -> orEmpty.apply(s.restoreTime());
            case "depends_on" -> dependencies(plan, s, DependencyType.HARD);
            case "soft_depends_on" -> dependencies(plan, s, DependencyType.SOFT);
            case "stateful" -> s.stateful() == null ? "" : s.stateful().toString();
            case "protection" -> s.protection().method().code();
            case "protection_interval" -> orEmpty.apply(s.protection().interval());
            case "protection_transfer" -> orEmpty.apply(s.protection().transfer());
            case "rto_target" -> orEmpty.apply(s.rtoTarget());
            case "rpo_target" -> orEmpty.apply(s.rpoTarget());
            case "owner" -> s.owner();
            case "region" -> s.region();
            case "strategy" -> s.strategy() == null ? "" : s.strategy().code();
            case "standby_region" -> s.standbyRegion();
            case "failover" -> orEmpty.apply(s.failoverTime());
            case "notes" -> s.notes();
            default -> throw new IllegalArgumentException(column);
        };
    }

    private static String dependencies(Plan plan, Service s, DependencyType type) {
        return plan.dependenciesOf(s.id()).stream().filter(d -> d.type() == type).map(Dependency::to)
                .collect(Collectors.joining("; "));
    }

    private static String quote(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
