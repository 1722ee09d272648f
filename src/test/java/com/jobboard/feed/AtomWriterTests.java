package com.jobboard.feed;

import java.time.Instant;
import java.util.List;

import com.jobboard.support.Xml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static com.jobboard.support.Xml.childText;
import static com.jobboard.support.Xml.children;
import static org.assertj.core.api.Assertions.assertThat;

class AtomWriterTests {

	private static final String ATOM = AtomWriter.ATOM_NAMESPACE;

	@Test
	void textThatLooksLikeMarkupComesBackAsWritten() throws Exception {
		String title = "R&D <Lead> \"Robots\" ]]> 'now'";
		String html = "<p>Weld &amp; <strong>fold</strong></p>]]>";
		AtomFeed feed = new AtomFeed("https://jobs.example.com/jobs/feed.atom?q=a&b=c", title, "Sub & title",
				Instant.parse("2026-05-01T09:30:00.123456Z"), "https://jobs.example.com/jobs/feed.atom?q=a&b=c",
				"https://jobs.example.com/jobs?q=a&b=c", "en",
				List.of(new AtomFeed.Entry("https://jobs.example.com/jobs/1", title,
						"https://jobs.example.com/jobs/1/x", Instant.parse("2026-04-30T08:00:00Z"),
						Instant.parse("2026-05-01T09:30:00Z"), "A & B <GmbH>", "https://jobs.example.com/companies/a-b",
						"FULL_TIME", "Full-time", "Full-time · Berlin", html)));

		Element root = Xml.parse(new String(AtomWriter.write(feed), "UTF-8")).getDocumentElement();

		assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
		assertThat(childText(root, ATOM, "title")).isEqualTo(title);
		assertThat(childText(root, ATOM, "updated")).isEqualTo("2026-05-01T09:30:00Z");
		assertThat(children(root, ATOM, "link").get(0).getAttribute("href"))
			.isEqualTo("https://jobs.example.com/jobs/feed.atom?q=a&b=c");
		Element entry = children(root, ATOM, "entry").get(0);
		assertThat(childText(entry, ATOM, "title")).isEqualTo(title);
		assertThat(childText(children(entry, ATOM, "author").get(0), ATOM, "name")).isEqualTo("A & B <GmbH>");
		assertThat(childText(entry, ATOM, "content")).isEqualTo(html);
	}

	@Test
	void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
		assertThat(AtomWriter.xmlText("a\u0001b\u000Bc\tä😀\uDC00\uFFFEz\n")).isEqualTo("abc\tä😀z\n");
		assertThat(AtomWriter.xmlText("plain")).isEqualTo("plain");
		assertThat(AtomWriter.xmlText(null)).isEmpty();
	}

	@Test
	void anEntryWithoutDescriptionHasNoContent() throws Exception {
		AtomFeed feed = new AtomFeed("urn:x", "T", "S", Instant.EPOCH, "https://x.example/f", "https://x.example/",
				"de", List.of(new AtomFeed.Entry("urn:e", "E", "https://x.example/e", Instant.EPOCH, Instant.EPOCH, "C",
						"https://x.example/c", "OTHER", "Other", "Other", "")));

		Element entry = children(Xml.parse(new String(AtomWriter.write(feed), "UTF-8")).getDocumentElement(), ATOM,
				"entry")
			.get(0);

		assertThat(children(entry, ATOM, "content")).isEmpty();
		assertThat(childText(entry, ATOM, "summary")).isEqualTo("Other");
	}

}
