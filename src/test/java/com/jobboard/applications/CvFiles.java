package com.jobboard.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** CVs good and bad, made in memory for the tests. */
final class CvFiles {

	private CvFiles() {
	}

	/** A small, complete one-page PDF. */
	static byte[] pdf() {
		return pdfWith("");
	}

	/** A PDF whose catalog holds the given extra entries (an action, say). */
	static byte[] pdfWith(String catalogExtras) {
		return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + catalogExtras + " >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n");
	}

	/** A PDF whose JavaScript action hides in a compressed object stream. */
	static byte[] pdfWithCompressedScript() {
		byte[] hidden = deflate(ascii("4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii("%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "5 0 obj << /Type /ObjStm /N 1 /First 0 /Filter /FlateDecode /Length " + hidden.length
				+ " >>\nstream\n"));
		out.writeBytes(hidden);
		out.writeBytes(ascii("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
		return out.toByteArray();
	}

	/** The first half of a PDF: what an interrupted upload or download leaves. */
	static byte[] truncatedPdf() {
		byte[] pdf = pdf();
		return Arrays.copyOf(pdf, pdf.length / 2);
	}

	/** A Windows program, whatever it is called. */
	static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		byte[] stub = ascii("This program cannot be run in DOS mode.");
		System.arraycopy(stub, 0, exe, 0x4e, stub.length);
		return exe;
	}

	static byte[] html() {
		return ascii(
				"<!DOCTYPE html><html><head><title>CV</title></head><body><script>alert(1)</script></body></html>");
	}

	static byte[] svg() {
		return ascii(
				"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>");
	}

	static byte[] text() {
		return "Ada Lovelace\nAnalyst, Difference Engines\nZürich\n".getBytes(StandardCharsets.UTF_8);
	}

	/** A minimal Word document: the parts a DOCX needs. */
	static byte[] docx() {
		return zip(false, entry("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
				entry("_rels/.rels",
						"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"),
				entry("word/document.xml",
						"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Ada</w:t></w:r></w:p></w:body></w:document>"));
	}

	/** A DOCX that unpacks to far more than it weighs: 60 MB of zeros in one part. */
	static byte[] docxBomb() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(ascii("<Types/>"));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 60; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A DOCX with more parts than any CV has. */
	static byte[] docxWithTooManyEntries() {
		String[][] entries = new String[CvCheck.MAX_ENTRIES + 3][];
		entries[0] = entry("[Content_Types].xml", "<Types/>");
		entries[1] = entry("word/document.xml", "<w:document/>");
		for (int i = 2; i < entries.length; i++) {
			entries[i] = entry("word/media/image" + i + ".xml", "x");
		}
		return zip(false, entries);
	}

	/** A DOCX with a macro project (a .docm in disguise). */
	static byte[] docxWithMacros() {
		return zip(false, entry("[Content_Types].xml", "<Types/>"), entry("word/document.xml", "<w:document/>"),
				entry("word/vbaProject.bin", "macro"));
	}

	/** A minimal OpenDocument text: the stored mimetype first, then the content. */
	static byte[] odt() {
		return zip(true, entry("mimetype", "application/vnd.oasis.opendocument.text"), entry("content.xml",
				"<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
				entry("META-INF/manifest.xml", "<manifest/>"));
	}

	private static String[] entry(String name, String content) {
		return new String[] { name, content };
	}

	private static byte[] zip(boolean firstStored, String[]... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i++) {
				byte[] content = entries[i][1].getBytes(StandardCharsets.UTF_8);
				ZipEntry entry = new ZipEntry(entries[i][0]);
				if (firstStored && i == 0) {
					CRC32 crc = new CRC32();
					crc.update(content);
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(content.length);
					entry.setCompressedSize(content.length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] deflate(byte[] input) {
		Deflater deflater = new Deflater();
		deflater.setInput(input);
		deflater.finish();
		byte[] buffer = new byte[input.length + 64];
		int length = deflater.deflate(buffer);
		deflater.end();
		return Arrays.copyOf(buffer, length);
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
