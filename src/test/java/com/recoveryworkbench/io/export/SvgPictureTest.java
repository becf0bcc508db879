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
                () -> assertEquals("0 0 860 658", root.getAttribute("viewBox")),
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
    void aNameTooLongForTwoLinesIsCutOnTheSecondButWholeInItsTitle() throws Exception {
        String name = "Enterprise resource planning backbone";
        Plan longName = plan.withService(plan.service("auth").orElseThrow().toBuilder().name(name).build());

        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(longName, analysis, Set.of("auth"))));

        Element card = elements(svg.getDocumentElement(), "g").stream()
                .filter(g -> g.getAttribute("class").equals("card")).findFirst().orElseThrow();
        List<Element> lines = elements(card, "text").stream().filter(t -> t.getAttribute("class").equals("name"))
                .toList();
        assertEquals(name, elements(card, "title").get(0).getTextContent());
        assertEquals(List.of("Enterprise", "resource planning…"), lines.stream().map(Element::getTextContent).toList());
        // The card alone sits at (24, 72): baselines 26 and 44 below its top.
        assertEquals(List.of("98", "116"), lines.stream().map(t -> t.getAttribute("y")).toList(),
                "the second line 18 below the first, under the badge");
    }

    @Test
    void aNameThatDoesNotFitOneLineWrapsAtTheSameSizeAndMovesTheOwnerDown() throws Exception {
        // About 130 units of bold text at 15, too wide for the first line's 120: it wraps rather than shrinks.
        String name = "Catalog database";
        Plan named = plan.withService(plan.service("auth").orElseThrow().toBuilder().name(name).build());

        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(named, analysis, Set.of("auth"))));

        List<Element> lines = elements(svg.getDocumentElement(), "text").stream()
                .filter(t -> t.getAttribute("class").equals("name")).toList();
        assertEquals(List.of("Catalog", "database"), lines.stream().map(Element::getTextContent).toList());
        assertEquals(List.of("15", "15"), lines.stream().map(t -> t.getAttribute("font-size")).toList());
        Element owner = elements(svg.getDocumentElement(), "text").stream()
                .filter(t -> t.getAttribute("class").equals("owner")).findFirst().orElseThrow();
        assertEquals("Identity", owner.getTextContent());
        assertEquals("133", owner.getAttribute("y"), "61 below the card's top at 72, not 50");
    }

    @Test
    void regionsAreBoxesBehindTheCardsWithTheirNames() throws Exception {
        Document svg = HardenedXml.parse(SvgPicture.render(MapPicture.of(plan, analysis, Set.of())));

        List<Element> groups = elements(svg.getDocumentElement(), "g");
        Element region = groups.stream().filter(g -> g.getAttribute("class").equals("region")).findFirst()
                .orElseThrow();
        assertEquals("eu-west", region.getAttribute("data-region"));
        assertEquals("eu-west", elements(region, "text").get(0).getTextContent());
        Element box = elements(region, "rect").get(0);
        assertEquals(List.of("24", "72", "224", "158", "#0072b2", "0.07"), List.of(box.getAttribute("x"),
                box.getAttribute("y"), box.getAttribute("width"), box.getAttribute("height"), box.getAttribute("fill"),
                box.getAttribute("fill-opacity")));
        List<String> order = groups.stream().map(g -> g.getAttribute("class"))
                .filter(c -> c.equals("regions") || c.equals("cards")).toList();
        assertEquals(List.of("regions", "cards"), order, "regions are drawn first, behind the cards");
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
