package com.jobboard.sitemap;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps and sitemap indexes (sitemaps.org protocol 0.9) with StAX, which
 * escapes every value. A sitemap is written as its addresses come
 * ({@link #urlset(OutputStream)}), so that one of 50,000 is never held whole.
 */
final class SitemapWriter implements AutoCloseable {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	private final String item;

	private SitemapWriter(OutputStream out, String root, String item) {
		this.item = item;
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			this.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			this.xml.setDefaultNamespace(NAMESPACE);
			this.xml.writeStartElement(NAMESPACE, root);
			this.xml.writeDefaultNamespace(NAMESPACE);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
	}

	/**
	 * A {@code <urlset>} of pages, written to {@code out} one {@link #add} at a time;
	 * {@link #close} ends it.
	 */
	static SitemapWriter urlset(OutputStream out) {
		return new SitemapWriter(out, "urlset", "url");
	}

	/** A {@code <sitemapindex>} of sitemaps. */
	static byte[] index(List<Location> sitemaps) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + sitemaps.size() * 128);
		try (SitemapWriter writer = new SitemapWriter(bytes, "sitemapindex", "sitemap")) {
			sitemaps.forEach(writer::add);
		}
		return bytes.toByteArray();
	}

	void add(Location location) {
		try {
			this.xml.writeStartElement(NAMESPACE, this.item);
			this.xml.writeStartElement(NAMESPACE, "loc");
			this.xml.writeCharacters(location.url());
			this.xml.writeEndElement();
			if (location.lastModified() != null) {
				this.xml.writeStartElement(NAMESPACE, "lastmod");
				this.xml.writeCharacters(w3cDateTime(location.lastModified()));
				this.xml.writeEndElement();
			}
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
	}

	/** Ends the document and flushes it; the stream stays open. */
	@Override
	public void close() {
		try {
			this.xml.writeEndElement();
			this.xml.writeEndDocument();
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
	}

	/** The W3C Datetime form sitemaps use, in UTC to the second: 2026-05-01T09:30:00Z. */
	static String w3cDateTime(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * A page or a sitemap, by absolute address.
	 *
	 * @param lastModified when it last changed, or {@code null} when unknown
	 */
	record Location(String url, Instant lastModified) {
	}

}
