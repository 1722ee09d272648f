package com.jobboard.support;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What tests of machine-read resources (sitemaps, feeds, the JSON API) need: plain HTTP against
 * the running server, redirects not followed, and a namespace-aware XML parser.
 */
public final class WebClient {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	public WebClient(int port) {
		this.port = port;
	}

	public String base() {
		return "http://localhost:" + this.port;
	}

	public HttpResponse<String> get(String path, String... headers) throws Exception {
		return send("GET", path, headers);
	}

	public HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Parses XML with namespaces, refusing DTDs and external entities. */
	public static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The child elements of the parent with the given namespace and local name, in document order. */
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
