package com.jobboard.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemaps and sitemap indexes (sitemaps.org protocol 0.9) with StAX, which escapes every value. */
final class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private SitemapWriter() {
	}

	/** A {@code <urlset>} of pages. */
	static byte[] urlset(List<Location> pages) {
		return write("urlset", "url", pages);
	}

	/** A {@code <sitemapindex>} of sitemaps. */
	static byte[] index(List<Location> sitemaps) {
		return write("sitemapindex", "sitemap", sitemaps);
	}

	private static byte[] write(String root, String item, List<Location> locations) {
		// About 120 bytes per entry: sized once instead of growing through a few megabytes.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + locations.size() * 128);
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, root);
			xml.writeDefaultNamespace(NAMESPACE);
			for (Location location : locations) {
				xml.writeStartElement(NAMESPACE, item);
				xml.writeStartElement(NAMESPACE, "loc");
				xml.writeCharacters(location.url());
				xml.writeEndElement();
				if (location.lastModified() != null) {
					xml.writeStartElement(NAMESPACE, "lastmod");
					xml.writeCharacters(w3cDateTime(location.lastModified()));
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
		return bytes.toByteArray();
	}

	/** The W3C Datetime form sitemaps use, in UTC to the second: 2026-05-01T09:30:00Z. */
	static String w3cDateTime(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * A page or a sitemap, by absolute address.
	 * @param lastModified when it last changed, or {@code null} when unknown
	 */
	record Location(String url, Instant lastModified) {
	}

}
