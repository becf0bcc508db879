package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlGraphTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private final Plan plan = ExportPlans.retail();

    @Test
    void nodesCarryLabelTierComplianceAndColour() throws Exception {
        Document document = HardenedXml.parse(GraphMlGraph.render(plan, ExportPlans.analyze(plan)));
        List<String> nodes = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < list.getLength(); i++) {
            Element node = (Element) list.item(i);
            nodes.add(node.getAttribute("id") + "|" + data(node));
        }

        assertEquals(List.of(
                "auth|label=Auth tier=tier-1 compliance=missed color=#d55e00",
                "cache|label=Cache tier=tier-1 compliance=meets color=#009e73",
                "checkout|label=Checkout tier=tier-1 compliance=missed color=#d55e00",
                "job-a|label=Job <A> tier=tier-1 compliance=blocked color=#cc79a7",
                "job-b|label=Job \"B\" & co tier=tier-1 compliance=blocked color=#cc79a7",
                "legacy-db|label=Legacy DB tier=tier-1 compliance=missed color=#d55e00"), nodes);
    }

    @Test
    void edgesGoFromTheDependentToWhatItNeeds() throws Exception {
        Document document = HardenedXml.parse(GraphMlGraph.render(plan, ExportPlans.analyze(plan)));
        List<String> edges = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < list.getLength(); i++) {
            Element edge = (Element) list.item(i);
            edges.add(edge.getAttribute("source") + "->" + edge.getAttribute("target") + " " + data(edge));
        }

        assertEquals(List.of("auth->legacy-db type=hard", "checkout->auth type=hard", "checkout->cache type=soft",
                "job-a->job-b type=hard", "job-b->job-a type=hard"), edges);
    }

    @Test
    void declaresAKeyForEveryDataItUses() throws Exception {
        Document document = HardenedXml.parse(GraphMlGraph.render(plan, ExportPlans.analyze(plan)));
        List<String> keys = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < list.getLength(); i++) {
            Element key = (Element) list.item(i);
            keys.add(key.getAttribute("for") + ":" + key.getAttribute("id"));
        }

        assertEquals(List.of("node:label", "node:tier", "node:compliance", "node:color", "edge:type"), keys);
    }

    private static String data(Element element) {
        List<String> pairs = new ArrayList<>();
        NodeList data = element.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            pairs.add(d.getAttribute("key") + "=" + d.getTextContent());
        }
        return String.join(" ", pairs);
    }
}
