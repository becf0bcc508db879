package com.recoveryworkbench.io.imports;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML: the JDK's own parser with DTDs off, external entities off, no access
 * to external DTDs or schemas and a resolver that refuses every external resource (StAX has no
 * secure-processing switch; the JDK's {@code jdk.xml} limits apply by default). The reader of the text also refuses any DOCTYPE ({@link GraphMlReader}), so neither an
 * external entity (a local file read into a name) nor an entity expansion bomb gets a chance. Stateless.
 */
final class SafeXml {
    private SafeXml() {
    }

    static XMLStreamReader reader(String text) throws XMLStreamException {
        // The JDK's factory, not one a library on the classpath might register with other defaults.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused: " + systemId);
        });
        return factory.createXMLStreamReader(new StringReader(text));
    }
}
