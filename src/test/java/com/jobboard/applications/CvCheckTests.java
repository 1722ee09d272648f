package com.jobboard.applications;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** CVs are recognised by their content (Apache Tika), with closer checks per type. */
class CvCheckTests {

	private final CvCheck check = new CvCheck();

	@Test
	void acceptsAPdfADocxAnOdtAndPlainText() {
		assertThat(accepted(CvFiles.pdf(), "cv.pdf")).get()
			.extracting(CvCheck.CheckedCv::contentType)
			.isEqualTo(CvCheck.PDF);
		assertThat(accepted(CvFiles.docx(), "cv.docx")).get()
			.extracting(CvCheck.CheckedCv::contentType)
			.isEqualTo(CvCheck.DOCX);
		assertThat(accepted(CvFiles.odt(), "cv.odt")).get()
			.extracting(CvCheck.CheckedCv::contentType)
			.isEqualTo(CvCheck.ODT);
		assertThat(accepted(CvFiles.text(), "cv.txt")).get()
			.extracting(CvCheck.CheckedCv::contentType)
			.isEqualTo(CvCheck.TEXT);
	}

	@Test
	void theTypeComesFromTheContentNotTheName() {
		assertThat(accepted(CvFiles.pdf(), "cv.docx")).get().satisfies((cv) -> {
			assertThat(cv.contentType()).isEqualTo(CvCheck.PDF);
			assertThat(cv.fileName()).isEqualTo("cv.pdf");
		});
		assertThat(error(CvFiles.exe(), "cv.pdf")).isEqualTo("applications.cv.wrongType");
	}

	@Test
	void refusesMarkupAndImagesWhateverTheyAreCalled() {
		assertThat(error(CvFiles.html(), "cv.pdf")).isEqualTo("applications.cv.wrongType");
		assertThat(error(CvFiles.svg(), "cv.txt")).isEqualTo("applications.cv.wrongType");
	}

	@Test
	void refusesEmptyMissingAndTooLargeFiles() {
		assertThat(error(new byte[0], "cv.pdf")).isEqualTo("applications.cv.empty");
		assertThat(error(new byte[0], "")).isEqualTo("applications.cv.required");
		byte[] sixMegabytes = java.util.Arrays.copyOf(CvFiles.pdf(), 6 * 1024 * 1024);
		assertThat(error(sixMegabytes, "cv.pdf")).isEqualTo("applications.cv.tooLarge");
	}

	@Test
	void refusesATruncatedPdf() {
		assertThat(error(CvFiles.truncatedPdf(), "cv.pdf")).isEqualTo("applications.cv.damaged");
	}

	@Test
	void refusesPdfsThatRunSomething() {
		assertThat(error(CvFiles.pdfWith("/OpenAction 4 0 R"), "cv.pdf")).isEqualTo("applications.cv.pdfActive");
		assertThat(error(CvFiles.pdfWith("/Names << /JavaScript 5 0 R >>"), "cv.pdf"))
			.isEqualTo("applications.cv.pdfActive");
		assertThat(error(CvFiles.pdfWith("/AA << /O << /S /JS /JS (x) >> >>"), "cv.pdf"))
			.isEqualTo("applications.cv.pdfActive");
		assertThat(error(CvFiles.pdfWith("/J#61vaScript 5 0 R"), "cv.pdf")).as("escaped name")
			.isEqualTo("applications.cv.pdfActive");
		assertThat(error(CvFiles.pdfWithCompressedScript(), "cv.pdf")).as("in an object stream")
			.isEqualTo("applications.cv.pdfActive");
	}

	@Test
	void refusesZipBombsAndMacros() {
		assertThat(error(CvFiles.docxBomb(), "cv.docx")).isEqualTo("applications.cv.tooComplex");
		assertThat(error(CvFiles.docxWithTooManyEntries(), "cv.docx")).isEqualTo("applications.cv.tooComplex");
		assertThat(error(CvFiles.docxWithMacros(), "cv.docx")).isEqualTo("applications.cv.macros");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		assertThat(error(
				"Ada Lovelace\nAnalystin, Zürich\nErfahrung mit Rechenmaschinen und Programmen für die Analytische Maschine.\n"
					.repeat(5)
					.getBytes(StandardCharsets.ISO_8859_1),
				"cv.txt"))
			.isEqualTo("applications.cv.textEncoding");
	}

	@Test
	void fileNamesAreMadeSafe() {
		assertThat(CvCheck.fileName("../../etc/passwd", CvCheck.TEXT)).isEqualTo("passwd.txt");
		assertThat(CvCheck.fileName("C:\\Users\\ada\\Lebenslauf Ä.pdf", CvCheck.PDF)).isEqualTo("Lebenslauf_.pdf");
		assertThat(CvCheck.fileName("<img src=x onerror=alert(1)>.jpg", CvCheck.PDF)).doesNotContain("<", ">", " ", "=")
			.endsWith(".pdf");
		assertThat(CvCheck.fileName("", CvCheck.ODT)).isEqualTo("cv.odt");
	}

	private Optional<CvCheck.CheckedCv> accepted(byte[] bytes, String name) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new ApplyForm(), "applyForm");
		Optional<CvCheck.CheckedCv> cv = this.check.check(new MockMultipartFile("cv", name, "application/pdf", bytes),
				errors);
		assertThat(errors.getAllErrors()).as("errors for %s", name).isEmpty();
		return cv;
	}

	private String error(byte[] bytes, String name) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new ApplyForm(), "applyForm");
		Optional<CvCheck.CheckedCv> cv = this.check.check(new MockMultipartFile("cv", name, "application/pdf", bytes),
				errors);
		assertThat(cv).isEmpty();
		assertThat(errors.getFieldErrors("cv")).hasSize(1);
		return errors.getFieldError("cv").getCode();
	}

}
