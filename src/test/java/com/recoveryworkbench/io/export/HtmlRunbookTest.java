package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlRunbookTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private final Plan plan = ExportPlans.retail();
    private final String html = HtmlRunbook.render(plan, ExportPlans.analyze(plan), ExportPlans.DATE);

    @Test
    void isWellFormedXhtmlWithTheDoctypeFirst() throws Exception {
        Document document = HardenedXml.parse(html);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"" + XHTML + "\""), html);
        assertEquals("html", document.getDocumentElement().getLocalName());
        assertEquals("Retail chain — recovery runbook", text(document, "title").get(0));
    }

    @Test
    void listsEveryServiceWithACheckboxItsVerdictAndABlankForTheMeasuredTime() throws Exception {
        Document document = HardenedXml.parse(html);
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = document.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getElementsByTagNameNS(XHTML, "input").getLength() == 1) {
                NodeList tds = tr.getElementsByTagNameNS(XHTML, "td");
                List<String> cells = new ArrayList<>();
                for (int j = 1; j < tds.getLength(); j++) {
                    cells.add(tds.item(j).getTextContent());
                }
                rows.add(cells);
            }
        }

        assertEquals(List.of(
                List.of("Cache", "-", "2m", "never drilled", "nothing", "2m", "30m", "-", "✓ meets", ""),
                List.of("Legacy DB", "DBA team", "40m", "never drilled", "nothing", "40m", "20m",
                        "all of it (nothing copies the data), RPO target 15m", "✗ missed", ""),
                List.of("Auth", "Identity", "4m", "never drilled", "Legacy DB", "44m", "20m", "-", "✗ missed", ""),
                List.of("Checkout", "Web_team *core*", "8m", "never drilled", "Auth", "52m", "20m", "-", "✗ missed", ""),
                List.of("Job <A>", "-", "1m", "never drilled", "Job \"B\" & co", "-", "20m", "-", "⟲ blocked", ""),
                List.of("Job \"B\" & co", "-", "1m", "never drilled", "Job <A>", "-", "20m", "-", "⟲ blocked", "")), rows);
    }

    @Test
    void headerAndFindingsAreThere() throws Exception {
        Document document = HardenedXml.parse(html);

        assertEquals(List.of("Date: 2024-05-17", "Declaration delay: 0s", "Restore capacity: unlimited"),
                text(document, "li").subList(0, 3));
        assertEquals(List.of("Map", "Wave 1", "Wave 2", "Wave 3", "Blocked by a cycle", "Findings",
                "Drill history"),
                text(document, "h2"));
        assertTrue(text(document, "h3").get(0).startsWith("Errors ("));
        assertTrue(text(document, "li").stream().anyMatch(li -> li.startsWith("rto-miss: Checkout ")));
    }

    @Test
    void hasNoScriptsAndLoadsNothingFromElsewhere() {
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("src="), html);
        assertFalse(html.contains("href="), html);
        assertFalse(html.contains("url("), html);
    }

    @Test
    void escapesMarkupInNames() {
        assertTrue(html.contains("<td>Job &lt;A&gt;</td><td>-</td><td>1m</td><td>never drilled</td><td>Job &quot;B&quot; &amp; co</td>"),
                html);
    }

    @Test
    void opensWithTheDescriptionTheSummaryLineAndTheMapInline() throws Exception {
        // A (tier-1, 1h) restores in 10m and meets; B needs A and takes 55m more: up at 1h5m, missed.
        Plan shop = Plan.empty("Shop").withDescription("Orders <b>&</b> \"payments\"")
                .withServices(List.of(
                        Service.builder("a", ServiceKind.APPLICATION).name("A").tier("tier-1")
                                .restoreTime(Duration.ofMinutes(10)).build(),
                        Service.builder("b", ServiceKind.APPLICATION).name("B <i>").tier("tier-1")
                                .restoreTime(Duration.ofMinutes(55)).build()))
                .withDependency(Dependency.hard("b", "a"));
        String page = HtmlRunbook.render(shop, ExportPlans.analyze(shop), ExportPlans.DATE);
        Document document = HardenedXml.parse(page);

        assertEquals(List.of("Orders <b>&</b> \"payments\"", "2 services · 1 missed · 1 meets · last service up at 1h5m"),
                text(document, "p").subList(0, 2));
        NodeList svgs = document.getElementsByTagNameNS(SVG, "svg");
        assertEquals(1, svgs.getLength());
        NodeList cards = ((Element) svgs.item(0)).getElementsByTagNameNS(SVG, "g");
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < cards.getLength(); i++) {
            String id = ((Element) cards.item(i)).getAttribute("data-service");
            if (!id.isEmpty()) {
                drawn.add(id);
            }
        }
        assertEquals(List.of("a", "b"), drawn.stream().sorted().toList());
        assertFalse(page.contains("<?xml"), "one document: the picture's XML declaration is left out");
        assertFalse(page.contains("<i>"), page);
    }

    @Test
    void anEmptyPlanHasNoMap() throws Exception {
        Plan empty = Plan.empty("Nothing yet");
        Document document = HardenedXml.parse(HtmlRunbook.render(empty, ExportPlans.analyze(empty), ExportPlans.DATE));

        assertEquals(List.of("Findings", "Drill history"), text(document, "h2"));
        assertEquals("0 services", text(document, "p").get(0));
    }

    private static List<String> text(Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS(XHTML, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
