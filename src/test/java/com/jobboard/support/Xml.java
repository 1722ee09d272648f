package com.jobboard.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading machine-read resources (sitemaps, feeds) in tests: a namespace-aware XML parser
 * and its children.
 */
public final class Xml {

	private Xml() {
	}

	/** Parses XML with namespaces, refusing DTDs and external entities. */
	public static Document parse(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The child elements of the parent with the given namespace and local name, in
	 * document order.
	 */
	public static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** The text of the only such child element, or {@code null} when there is none. */
	public static String childText(Element parent, String namespace, String localName) {
		List<Element> found = children(parent, namespace, localName);
		if (found.size() > 1) {
			throw new AssertionError("More than one " + localName + " in " + parent.getLocalName());
		}
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

}
