package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPictureTest {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private final Plan plan = ExportPlans.retailOnTheMap();
    private final Analysis analysis = ExportPlans.analyze(plan);

    @Test
    void everyServiceIsACardLabelledWithItsNameAndVerdict() throws Exception {
        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(plan, analysis, Set.of())));

        Map<String, String> titles = new TreeMap<>();
        Map<String, String> verdicts = new TreeMap<>();
        for (Element card : elements(svg.getDocumentElement(), "g")) {
            if (card.getAttribute("class").equals("card")) {
                String id = card.getAttribute("data-service");
                titles.put(id, elements(card, "title").get(0).getTextContent());
                verdicts.put(id, card.getAttribute("data-verdict"));
            }
        }
        assertEquals(Map.of("auth", "Auth", "cache", "Cache", "checkout", "Checkout", "job-a", "Job <A>",
                "job-b", "Job \"B\" & co", "legacy-db", "Legacy DB"), titles);
        assertEquals(Map.of("auth", "missed", "cache", "meets", "checkout", "missed", "job-a", "blocked",
                "job-b", "blocked", "legacy-db", "missed"), verdicts);
    }

    @Test
    void theDocumentHasAViewBoxGenericFontsATitleAndTheLegend() throws Exception {
        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(plan, analysis, Set.of())));
        Element root = svg.getDocumentElement();

        List<String> texts = elements(root, "text").stream().map(Element::getTextContent).toList();
        assertAll(
                () -> assertEquals(SVG, root.getNamespaceURI()),
                () -> assertEquals("0 0 848 602", root.getAttribute("viewBox")),
                () -> assertEquals("sans-serif", root.getAttribute("font-family")),
                () -> assertEquals("Retail chain", texts.get(0)),
                () -> assertTrue(texts.containsAll(List.of("✓", "Meets", "!", "At risk", "✗", "Missed", "⟲",
                        "Blocked by a cycle", "?", "Incomplete data", "Hard dependency: must be up first",
                        "Soft dependency: runs degraded without")), texts.toString()));
    }

    @Test
    void softDependenciesAreDashedAndHardOnesSolid() throws Exception {
        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(plan, analysis, Set.of())));

        Map<String, String> dashes = new TreeMap<>();
        for (Element arrow : elements(svg.getDocumentElement(), "g")) {
            if (arrow.getAttribute("class").equals("arrow")) {
                dashes.put(arrow.getAttribute("data-from") + "→" + arrow.getAttribute("data-to"),
                        elements(arrow, "line").get(0).getAttribute("stroke-dasharray"));
            }
        }
        assertEquals(Map.of("auth→legacy-db", "", "checkout→auth", "", "checkout→cache", "9 6", "job-a→job-b", "",
                "job-b→job-a", ""), dashes);
    }

    @Test
    void aSelectionDrawsOnlyItsCardsAndArrows() throws Exception {
        String text = SvgPicture.render(MapPicture.of(plan, analysis, Set.of("checkout", "cache")));
        Document svg = HardenedXml.parse(text);

        List<String> cards = new ArrayList<>();
        List<String> arrows = new ArrayList<>();
        for (Element g : elements(svg.getDocumentElement(), "g")) {
            switch (g.getAttribute("class")) {
                case "card" -> cards.add(g.getAttribute("data-service"));
                case "arrow" -> arrows.add(g.getAttribute("data-from") + "→" + g.getAttribute("data-to"));
                default -> { }
            }
        }
        assertEquals(List.of("cache", "checkout"), cards);
        assertEquals(List.of("checkout→cache"), arrows);
        assertFalse(text.contains("Legacy DB") || text.contains("Auth"), text);
    }

    @Test
    void theSamePlanGivesTheSameText() {
        String first = SvgPicture.render(MapPicture.of(plan, analysis, Set.of()));
        Plan same = ExportPlans.retailOnTheMap();

        assertEquals(first, SvgPicture.render(MapPicture.of(same, ExportPlans.analyze(same), Set.of())));
    }

    @Test
    void aNameTooLongForTheCardIsCutOnItButWholeInItsTitle() throws Exception {
        String name = "Enterprise resource planning backbone";
        Plan longName = plan.withService(plan.service("auth").orElseThrow().toBuilder().name(name).build());

        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(longName, analysis, Set.of("auth"))));

        Element card = elements(svg.getDocumentElement(), "g").stream()
                .filter(g -> g.getAttribute("class").equals("card")).findFirst().orElseThrow();
        String shown = elements(card, "text").stream().filter(t -> t.getAttribute("class").equals("name"))
                .findFirst().orElseThrow().getTextContent();
        assertEquals(name, elements(card, "title").get(0).getTextContent());
        assertTrue(shown.endsWith("…") && name.startsWith(shown.substring(0, shown.length() - 1)), shown);
    }

    @Test
    void aNameThatFitsOnlyInTheSmallerSizeIsShownWholeInIt() throws Exception {
        // About 130 units of bold text at 15, so too wide for the name area; at 12 it fits.
        String name = "Catalog database";
        Plan named = plan.withService(plan.service("auth").orElseThrow().toBuilder().name(name).build());

        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(named, analysis, Set.of("auth"))));

        Element text = elements(svg.getDocumentElement(), "text").stream()
                .filter(t -> t.getAttribute("class").equals("name")).findFirst().orElseThrow();
        assertEquals(name, text.getTextContent());
        assertTrue(text.getAttribute("font-size").startsWith("12"), text.getAttribute("font-size"));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
