package com.jobboard.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR) item by item with StAX, so memory stays the same
 * whatever the file's size. DTDs are refused outright, so there are no entities to expand
 * (no XML bomb) and no external entities to fetch (no XXE); WordPress never writes a DTD.
 */
final class WxrParser {

	/**
	 * The longest text kept from one element; longer text (a 200 MB post) is cut and
	 * noted.
	 */
	static final int MAX_TEXT = 2_000_000;

	private static final String WP_PREFIX = "http://wordpress.org/export/";

	private static final XMLInputFactory FACTORY = secureFactory();

	private WxrParser() {
	}

	static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("External entities are not read");
		});
		return factory;
	}

	/** The site's address and every item, in file order. */
	static String read(Path file, Consumer<WxrItem> items) {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				return read(xml, items);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new ImportFileException(describe(ex), ex);
		}
		catch (IOException ex) {
			throw new ImportFileException(new Note("transfer.file.unreadable"), ex);
		}
	}

	private static Note describe(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("byte") && message.contains("UTF-8") || message.contains("Invalid byte")) {
			return new Note("transfer.file.encoding");
		}
		if (message.contains("entity") || message.contains("Entity")) {
			return new Note("transfer.file.entities");
		}
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : -1;
		return new Note("transfer.file.notXml", line);
	}

	private static String read(XMLStreamReader xml, Consumer<WxrItem> items) throws XMLStreamException {
		String site = null;
		boolean rss = false;
		boolean wordpress = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new ImportFileException(new Note("transfer.file.entities"));
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			if (!rss) {
				if (!"rss".equals(name)) {
					throw new ImportFileException(new Note("transfer.file.notWxr"));
				}
				rss = true;
				continue;
			}
			boolean wp = isWp(xml);
			if (wp) {
				wordpress = true;
			}
			if (wp && ("base_blog_url".equals(name) || "base_site_url".equals(name))) {
				String url = text(xml);
				if ("base_blog_url".equals(name) || site == null) {
					site = url;
				}
			}
			else if ("item".equals(name)) {
				items.accept(item(xml));
				wordpress = true;
			}
		}
		if (!rss || !wordpress) {
			throw new ImportFileException(new Note("transfer.file.notWxr"));
		}
		return (site != null) ? site.strip().replaceAll("/+$", "") : "wordpress";
	}

	private static boolean isWp(XMLStreamReader xml) {
		String ns = xml.getNamespaceURI();
		return ns != null && ns.startsWith(WP_PREFIX);
	}

	private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
		WxrItem item = new WxrItem();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
				throw new ImportFileException(new Note("transfer.file.entities"));
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				continue;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String name = xml.getLocalName();
			String prefix = xml.getPrefix();
			switch (name) {
				case "title" -> item.title = text(xml);
				case "link" -> item.link = text(xml);
				case "creator" -> item.creator = text(xml);
				case "encoded" -> {
					String text = text(xml);
					if ("content".equals(prefix)) {
						item.content = text;
					}
				}
				case "post_id" -> item.postId = text(xml);
				case "post_name" -> item.postName = text(xml);
				case "status" -> item.status = text(xml);
				case "post_type" -> item.postType = text(xml);
				case "post_date_gmt" -> item.postDateGmt = text(xml);
				case "post_date" -> item.postDate = text(xml);
				case "attachment_url" -> item.attachmentUrl = text(xml);
				case "category" -> {
					String domain = xml.getAttributeValue(null, "domain");
					String nicename = xml.getAttributeValue(null, "nicename");
					item.terms.add(new WxrItem.Term(domain, nicename, text(xml)));
				}
				case "postmeta" -> meta(xml, item);
				case "comment" -> skip(xml);
				default -> skip(xml);
			}
		}
		return item;
	}

	private static void meta(XMLStreamReader xml, WxrItem item) throws XMLStreamException {
		String key = null;
		String value = null;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				if ("meta_key".equals(xml.getLocalName())) {
					key = text(xml);
				}
				else if ("meta_value".equals(xml.getLocalName())) {
					value = text(xml);
				}
				else {
					skip(xml);
				}
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new ImportFileException(new Note("transfer.file.entities"));
			}
		}
		if (key != null) {
			item.meta.put(key, (value != null) ? value : "");
		}
	}

	/**
	 * The text of the current element (CDATA included), which is then closed; at most
	 * {@link #MAX_TEXT} characters.
	 */
	private static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() < MAX_TEXT) {
						int room = MAX_TEXT - text.length();
						text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
					}
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
					throw new ImportFileException(new Note("transfer.file.entities"));
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new ImportFileException(new Note("transfer.file.entities"));
			}
		}
	}

}
