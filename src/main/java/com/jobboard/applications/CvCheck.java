package com.jobboard.applications;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a CV by what it contains, never by its file name or the type the browser
 * declared: Apache Tika ({@code tika-core}) names the type from the bytes, and then each
 * type gets a closer look.
 * <ul>
 * <li>PDF: starts with {@code %PDF-}, ends with {@code %%EOF} (a truncated file is
 * refused), and has no JavaScript, no action run on opening and no launch action
 * anywhere, also not in compressed streams or with {@code #xx}-escaped names
 * ({@code /J#53}).</li>
 * <li>DOCX and ODT (zip files): at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_UNCOMPRESSED} bytes unpacked, counted while unpacking (a zip bomb stops
 * there), with the parts a word-processing document has and no macros.</li>
 * <li>Plain text: UTF-8 without NUL bytes.</li>
 * </ul>
 * Whatever passes is still only ever served as a download
 * ({@code application/octet-stream}, attachment), so a polyglot that slipped through is
 * never rendered by the browser.
 */
@Component
class CvCheck {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ENTRIES = 1000;

	static final long MAX_UNCOMPRESSED = 50L * 1024 * 1024;

	/**
	 * How much of a PDF's compressed streams is unpacked to look for actions, at most.
	 */
	private static final long MAX_INFLATED_PDF = 50L * 1024 * 1024;

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String TEXT = "text/plain";

	private static final String FIELD = "cv";

	/**
	 * PDF names that run something: scripts, actions on opening or on events, launching
	 * programs.
	 */
	private static final Pattern ACTIVE_PDF_NAME = Pattern
		.compile("/(JavaScript|JS|OpenAction|AA|Launch)(?![A-Za-z0-9])");

	private static final Pattern ESCAPED_NAME_CHAR = Pattern.compile("#([0-9A-Fa-f]{2})");

	private final Tika tika = new Tika();

	/**
	 * The checked CV, or empty when it was refused or missing (then with an error on the
	 * field).
	 */
	Optional<CheckedCv> check(MultipartFile file, Errors errors) {
		if (errors.hasFieldErrors(FIELD)) {
			// Not even a file (a plain form sent text in its place): already said.
			return Optional.empty();
		}
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
			errors.rejectValue(FIELD, "applications.cv.required");
			return Optional.empty();
		}
		if (file.isEmpty()) {
			errors.rejectValue(FIELD, "applications.cv.empty");
			return Optional.empty();
		}
		if (file.getSize() > MAX_BYTES) {
			errors.rejectValue(FIELD, "applications.cv.tooLarge", new Object[] { (file.getSize() + 1023) / 1024 },
					null);
			return Optional.empty();
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue(FIELD, "applications.cv.unreadable");
			return Optional.empty();
		}
		Optional<String> problem = problemWith(bytes);
		if (problem.isPresent()) {
			errors.rejectValue(FIELD, problem.get());
			return Optional.empty();
		}
		String type = typeOf(bytes);
		return Optional.of(new CheckedCv(type, bytes, fileName(file.getOriginalFilename(), type)));
	}

	/**
	 * The message code of what is wrong with the bytes as a CV, or empty when they are
	 * fine.
	 */
	Optional<String> problemWith(byte[] bytes) {
		String detected = this.tika.detect(bytes);
		String type = typeOf(bytes);
		if (type == null) {
			return Optional.of((detected.startsWith("application/x-tika-ooxml") || detected.equals("application/zip")
					|| detected.startsWith("application/vnd.")) ? "applications.cv.notADocument"
							: "applications.cv.wrongType");
		}
		return switch (type) {
			case PDF -> pdfProblem(bytes);
			case DOCX -> zipProblem(bytes, DOCX);
			case ODT -> zipProblem(bytes, ODT);
			default -> textProblem(bytes);
		};
	}

	/**
	 * One of the four accepted types as Tika detects it (DOCX is a kind of OOXML zip to
	 * tika-core), or null.
	 */
	String typeOf(byte[] bytes) {
		String detected = this.tika.detect(bytes);
		if (detected.equals(PDF)) {
			return PDF;
		}
		if (detected.equals(ODT)) {
			return ODT;
		}
		if (detected.equals(DOCX) || detected.equals("application/x-tika-ooxml")) {
			return DOCX;
		}
		if (detected.equals(TEXT)) {
			return TEXT;
		}
		return null;
	}

	private Optional<String> pdfProblem(byte[] bytes) {
		if (!startsWith(bytes, "%PDF-")) {
			return Optional.of("applications.cv.wrongType");
		}
		int tail = Math.max(0, bytes.length - 1024);
		if (!latin1(bytes, tail, bytes.length - tail).contains("%%EOF")) {
			return Optional.of("applications.cv.damaged");
		}
		String raw = latin1(bytes, 0, bytes.length);
		if (hasActiveName(raw)) {
			return Optional.of("applications.cv.pdfActive");
		}
		// Object streams hide dictionaries in compressed streams: unpack each (within a
		// budget) and look again.
		long budget = MAX_INFLATED_PDF;
		int from = 0;
		while (true) {
			int start = raw.indexOf("stream", from);
			if (start < 0) {
				break;
			}
			int dataStart = start + "stream".length();
			if (dataStart < raw.length() && raw.charAt(dataStart) == '\r') {
				dataStart++;
			}
			if (dataStart < raw.length() && raw.charAt(dataStart) == '\n') {
				dataStart++;
			}
			int end = raw.indexOf("endstream", dataStart);
			if (end < 0) {
				break;
			}
			if (start < 3 || !raw.startsWith("end", start - 3)) {
				Inflated inflated = inflate(bytes, dataStart, end - dataStart, budget);
				budget -= inflated.text().length();
				if (inflated.overBudget()) {
					return Optional.of("applications.cv.tooComplex");
				}
				if (hasActiveName(inflated.text())) {
					return Optional.of("applications.cv.pdfActive");
				}
			}
			from = end + "endstream".length();
		}
		return Optional.empty();
	}

	private static boolean hasActiveName(String text) {
		if (ACTIVE_PDF_NAME.matcher(text).find()) {
			return true;
		}
		if (text.indexOf('#') < 0) {
			return false;
		}
		// Names may spell letters as #xx escapes: /J#61vaScript is /JavaScript.
		Matcher escaped = ESCAPED_NAME_CHAR.matcher(text);
		StringBuilder decoded = new StringBuilder(text.length());
		while (escaped.find()) {
			escaped.appendReplacement(decoded,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escaped.group(1), 16))));
		}
		escaped.appendTail(decoded);
		return ACTIVE_PDF_NAME.matcher(decoded).find();
	}

	/**
	 * A stream's data unpacked as zlib (FlateDecode), or nothing when it is not; stops
	 * past the budget.
	 */
	private static Inflated inflate(byte[] bytes, int offset, int length, long budget) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(bytes, offset, length);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				out.write(buffer, 0, n);
				if (out.size() > budget) {
					return new Inflated("", true);
				}
			}
			return new Inflated(out.toString(StandardCharsets.ISO_8859_1), false);
		}
		catch (DataFormatException ex) {
			return new Inflated("", false);
		}
		finally {
			inflater.end();
		}
	}

	/**
	 * A zip-based document: bounded while unpacking, and with the parts its type needs.
	 * The sizes in the zip's headers can lie, so the bytes are counted as they come out.
	 */
	private static Optional<String> zipProblem(byte[] bytes, String type) {
		Set<String> names = new HashSet<>();
		String mimetype = null;
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			byte[] buffer = new byte[8192];
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					return Optional.of("applications.cv.tooComplex");
				}
				String name = entry.getName();
				names.add(name.toLowerCase(Locale.ROOT));
				ByteArrayOutputStream content = name.equals("mimetype") ? new ByteArrayOutputStream() : null;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > MAX_UNCOMPRESSED) {
						return Optional.of("applications.cv.tooComplex");
					}
					if (content != null && content.size() < 200) {
						content.write(buffer, 0, n);
					}
				}
				if (content != null) {
					mimetype = content.toString(StandardCharsets.US_ASCII).strip();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.of("applications.cv.damaged");
		}
		if (names.stream()
			.anyMatch((name) -> name.endsWith("vbaproject.bin") || name.startsWith("basic/")
					|| name.startsWith("scripts/"))) {
			return Optional.of("applications.cv.macros");
		}
		boolean complete = type.equals(DOCX) ? names.containsAll(List.of("[content_types].xml", "word/document.xml"))
				: ODT.equals(mimetype) && names.contains("content.xml");
		return complete ? Optional.empty() : Optional.of("applications.cv.notADocument");
	}

	private static Optional<String> textProblem(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return Optional.of("applications.cv.wrongType");
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return Optional.empty();
		}
		catch (CharacterCodingException ex) {
			return Optional.of("applications.cv.textEncoding");
		}
	}

	/**
	 * A file name safe in any header and file system: the candidate's name without path,
	 * reduced to letters, digits, dots, dashes and underscores, with the extension of the
	 * type the content showed.
	 */
	static String fileName(String original, String type) {
		String extension = switch (type) {
			case PDF -> ".pdf";
			case DOCX -> ".docx";
			case ODT -> ".odt";
			default -> ".txt";
		};
		String base = (original != null) ? original.replace('\\', '/') : "";
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		if (dot >= 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
		if (base.length() > 80) {
			base = base.substring(0, 80);
		}
		return (base.isEmpty() ? "cv" : base) + extension;
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
		if (bytes.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (bytes[i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static String latin1(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

	/**
	 * A CV that passed the checks: its type as the content shows it, the bytes, and a
	 * safe file name.
	 */
	record CheckedCv(String contentType, byte[] bytes, String fileName) {
	}

	private record Inflated(String text, boolean overBudget) {
	}

}
