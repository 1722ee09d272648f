package com.jobboard.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link AtomFeed}s as Atom 1.0 XML with StAX, which escapes every text and
 * attribute.
 */
final class AtomWriter {

	static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private AtomWriter() {
	}

	/** The feed as a UTF-8 encoded XML document. */
	static byte[] write(AtomFeed feed) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(ATOM_NAMESPACE);
			xml.writeStartElement(ATOM_NAMESPACE, "feed");
			xml.writeDefaultNamespace(ATOM_NAMESPACE);
			xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", feed.language());
			element(xml, "id", feed.id());
			element(xml, "title", feed.title());
			element(xml, "subtitle", feed.subtitle());
			element(xml, "updated", timestamp(feed.updated()));
			link(xml, "self", "application/atom+xml", feed.selfUrl());
			link(xml, "alternate", "text/html", feed.pageUrl());
			for (AtomFeed.Entry entry : feed.entries()) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + feed.id(), ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(XMLStreamWriter xml, AtomFeed.Entry entry) throws XMLStreamException {
		xml.writeStartElement(ATOM_NAMESPACE, "entry");
		element(xml, "id", entry.id());
		element(xml, "title", entry.title());
		link(xml, "alternate", "text/html", entry.url());
		element(xml, "published", timestamp(entry.published()));
		element(xml, "updated", timestamp(entry.updated()));
		xml.writeStartElement(ATOM_NAMESPACE, "author");
		element(xml, "name", entry.authorName());
		element(xml, "uri", entry.authorUrl());
		xml.writeEndElement();
		xml.writeEmptyElement(ATOM_NAMESPACE, "category");
		xml.writeAttribute("term", xmlText(entry.category()));
		xml.writeAttribute("label", xmlText(entry.categoryLabel()));
		xml.writeStartElement(ATOM_NAMESPACE, "summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(xmlText(entry.summary()));
		xml.writeEndElement();
		if (!entry.contentHtml().isEmpty()) {
			// Escaped HTML, as type="html" requires; the description was sanitized when
			// it was saved.
			xml.writeStartElement(ATOM_NAMESPACE, "content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(xmlText(entry.contentHtml()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM_NAMESPACE, name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(ATOM_NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", xmlText(href));
	}

	/**
	 * The text without the characters XML 1.0 cannot carry at all (most control
	 * characters): one stray character from a pasted text must not make the whole feed
	 * unreadable.
	 */
	static String xmlText(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1)));
			if (allowed && Character.isHighSurrogate(c)) {
				if (kept != null) {
					kept.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(c);
			}
		}
		return (kept != null) ? kept.toString() : text;
	}

	/** An RFC 3339 date-time in UTC, to the second: 2026-05-01T09:30:00Z. */
	static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

}
