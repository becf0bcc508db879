package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.model.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Imports a Backstage software catalog ({@code catalog-info.yaml}, one entity per YAML document).
 * Component and Resource entities become services: {@code metadata.name} the id (made valid by
 * {@link NodeIds}), {@code metadata.title} (else the name) the name (carried into a merge only when it is a title), {@code spec.owner} the owner
 * ({@code group:} and the {@code default/} namespace dropped), {@code spec.type} the kind by the table
 * of {@link BackstageKinds}. {@code spec.dependsOn} of an entity becomes its hard dependencies, and
 * {@code spec.dependencyOf} hard dependencies of the entities named on it. A dependency on a Component
 * or Resource not in the file is kept (a catalog is often split over files; merged into a plan that has
 * it, it resolves); one on another kind is left out. Other kinds (System, API, Group, …) are skipped.
 * Each of these is a warning. The YAML is read by {@link SafeYaml}. Stateless and thread-safe.
 */
final class BackstageImporter {
    private BackstageImporter() {
    }

    /** A dependency as written, to resolve once every entity of the file is known. */
    private record Link(String entityKey, String namespace, YamlMap.Located ref, boolean reversed) {
    }

    static Imported importText(String text, String source, String planName) throws PlanFileException {
        GraphDraft draft = new GraphDraft(source);
        List<Link> links = new ArrayList<>();
        for (Node document : SafeYaml.documents(text, source)) {
            if (!(document instanceof MappingNode mapping)) {
                throw PlanFileException.cannotImport(source, line(document), column(document),
                        "expected an entity: a map with apiVersion, kind, metadata and spec");
            }
            entity(new YamlMap(mapping, "", source), draft, links);
        }
        for (Link link : links) {
            resolve(link, draft);
        }
        return draft.build(planName);
    }

    private static void entity(YamlMap entity, GraphDraft draft, List<Link> links) throws PlanFileException {
        String kind = entity.text("kind");
        if (kind.isEmpty()) {
            throw PlanFileException.cannotImport(draft.source(), entity.line(), entity.column(), "kind",
                    "expected the entity's kind (Component, Resource, System, …)");
        }
        YamlMap metadata = entity.map("metadata");
        String name = metadata.text("name");
        String namespace = metadata.text("namespace").isEmpty() ? "default" : metadata.text("namespace");
        EntityRef self = new EntityRef(kind, namespace, name);
        if (!self.isService()) {
            draft.warn(entity.line(), entity.column(), "kind", "the " + kind + " entity '" + name
                    + "' is skipped: only Component and Resource entities become services");
            return;
        }
        if (name.isEmpty()) {
            throw PlanFileException.cannotImport(draft.source(), entity.line(), entity.column(), "metadata.name",
                    "expected the entity's name");
        }
        if (draft.hasNode(self.key())) {
            throw PlanFileException.cannotImport(draft.source(), entity.line(), entity.column(), "metadata.name",
                    "the entity " + self + " is described twice");
        }
        NodeDraft node = draft.node(self.key(), name, entity.line(), entity.column());
        String title = metadata.text("title");
        // Only a title is a name someone chose; metadata.name is the id, so merging it must not rename.
        node.name = title.isEmpty() ? null : title;
        YamlMap spec = entity.map("spec");
        boolean resource = kind.equalsIgnoreCase("resource");
        String type = spec.text("type");
        Optional<ServiceKind> mapped = BackstageKinds.of(type);
        node.kind = mapped.orElse(null);
        node.defaultKind = BackstageKinds.fallback(resource);
        if (mapped.isEmpty()) {
            draft.warn(entity.line(), entity.column(), "spec.type", (type.isEmpty() ? "no type" : "the type '" + type
                    + "' is not one the import knows") + "; '" + name + "' becomes " + node.defaultKind.code()
                    + ", the default for a " + (resource ? "Resource" : "Component"));
        }
        node.owner = owner(spec.text("owner"));
        for (YamlMap.Located ref : spec.texts("dependsOn")) {
            links.add(new Link(self.key(), namespace, ref, false));
        }
        for (YamlMap.Located ref : spec.texts("dependencyOf")) {
            links.add(new Link(self.key(), namespace, ref, true));
        }
    }

    private static void resolve(Link link, GraphDraft draft) throws PlanFileException {
        YamlMap.Located ref = link.ref();
        String field = link.reversed() ? "spec.dependencyOf" : "spec.dependsOn";
        EntityRef target = EntityRef.parse(ref.text(), "component", link.namespace()).orElseThrow(() ->
                PlanFileException.cannotImport(draft.source(), ref.line(), ref.column(), field,
                        "expected an entity reference such as component:default/auth, found '" + ref.text() + "'"));
        if (!target.isService()) {
            draft.warn(ref.line(), ref.column(), field, "'" + ref.text() + "' is not a Component or Resource;"
                    + " that dependency is left out");
            return;
        }
        if (!draft.hasNode(target.key())) {
            draft.outside(target.key(), target.name());
            draft.warn(ref.line(), ref.column(), field, "'" + ref.text() + "' is not in this file; the dependency is"
                    + " kept, and the analysis reports it as unknown-dependency until the plan has that service");
        }
        if (link.reversed()) {
            draft.edge(target.key(), link.entityKey(), false, ref.line(), ref.column(), field);
        } else {
            draft.edge(link.entityKey(), target.key(), false, ref.line(), ref.column(), field);
        }
    }

    /** {@code group:default/payments} → {@code payments}; a user or another namespace is kept as written. */
    static String owner(String owner) {
        String text = owner.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("group:")) {
            text = text.substring("group:".length());
        }
        return text.toLowerCase(Locale.ROOT).startsWith("default/") ? text.substring("default/".length()) : text;
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
