package com.jobboard.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.jobboard.company.CompanyStatus;
import com.jobboard.company.SizeBand;
import com.jobboard.company.admin.CompanyForm;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.JobForm;
import com.jobboard.job.JobStatus;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.transfer.SourceRecords.CompanyRecord;
import com.jobboard.transfer.SourceRecords.JobRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads our companies or jobs CSV (UTF-8, RFC 4180, the columns of {@link CsvColumns})
 * row by row. The header must be exactly ours (with or without the last column,
 * {@code site}, which exports before boards had site keys lack); the file must be valid
 * UTF-8 (a strict decoder, so a file saved as Latin-1 is refused instead of imported with
 * broken letters); a slug or id used twice, or two different site keys in one file, are
 * refused.
 */
final class CsvReader {

	private final Path file;

	/**
	 * The site key the file's rows name (the same in every row), or {@code null}: see
	 * {@link #check()}.
	 */
	private String fileSite;

	CsvReader(Path file) {
		this.file = file;
	}

	/** Which of our CSVs the header says this is. */
	ImportFormat detect() {
		try (CSVParser parser = open()) {
			return formatOf(parser.getHeaderNames());
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	/**
	 * Checks the whole file (encoding, columns, duplicates, site keys) without sending a
	 * record.
	 * @return the site key its rows name, or {@code null} when they name none
	 */
	String fileSite() {
		check();
		return this.fileSite;
	}

	void read(SourceRecords.Sink sink) {
		// First pass: the whole file is checked (encoding, columns, duplicates) before a
		// record is sent.
		ImportFormat format = check();
		try (CSVParser parser = open()) {
			for (CSVRecord row : parser) {
				if (format == ImportFormat.CSV_COMPANIES) {
					sink.company(company(row));
				}
				else {
					sink.job(job(row));
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw unreadable(ex);
		}
	}

	private ImportFormat check() {
		try (CSVParser parser = open()) {
			ImportFormat format = formatOf(parser.getHeaderNames());
			Set<String> ids = new HashSet<>();
			Set<String> slugs = new HashSet<>();
			boolean withSite = parser.getHeaderNames().contains(CsvColumns.SITE);
			String site = null;
			for (CSVRecord row : parser) {
				if (row.size() != parser.getHeaderNames().size()) {
					throw new ImportFileException(new Note("transfer.file.csvRowLength", row.getRecordNumber() + 1,
							row.size(), parser.getHeaderNames().size()));
				}
				String id = row.get("id");
				if (!id.isBlank() && !ids.add(id)) {
					throw new ImportFileException(new Note("transfer.file.duplicateId", id, row.getRecordNumber() + 1));
				}
				String rowSite = withSite ? cell(row, CsvColumns.SITE) : null;
				if (row.getRecordNumber() == 1) {
					site = rowSite;
				}
				else if (!java.util.Objects.equals(site, rowSite)) {
					throw new ImportFileException(new Note("transfer.file.csvSites", String.valueOf(site),
							String.valueOf(rowSite), row.getRecordNumber() + 1));
				}
				if (format == ImportFormat.CSV_COMPANIES) {
					String slug = row.get("slug");
					if (!slug.isBlank() && !slugs.add(slug)) {
						throw new ImportFileException(
								new Note("transfer.file.duplicateSlug", slug, row.getRecordNumber() + 1));
					}
				}
			}
			this.fileSite = site;
			return format;
		}
		catch (IOException | UncheckedIOException ex) {
			throw unreadable(ex);
		}
	}

	private ImportFileException unreadable(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return new ImportFileException(new Note("transfer.file.encoding"), ex);
			}
		}
		return new ImportFileException(new Note("transfer.file.csvBroken", String.valueOf(ex.getMessage())), ex);
	}

	private static ImportFormat formatOf(List<String> header) {
		List<String> columns = (!header.isEmpty() && header.get(header.size() - 1).equals(CsvColumns.SITE))
				? header.subList(0, header.size() - 1) : header;
		if (columns.equals(CsvColumns.COMPANIES)) {
			return ImportFormat.CSV_COMPANIES;
		}
		if (columns.equals(CsvColumns.JOBS)) {
			return ImportFormat.CSV_JOBS;
		}
		throw new ImportFileException(new Note("transfer.file.csvColumns", String.join(",", header),
				String.join(",", CsvColumns.COMPANIES), String.join(",", CsvColumns.JOBS)));
	}

	private CSVParser open() throws IOException {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		InputStream in = Files.newInputStream(this.file);
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, strict));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
	}

	private static String cell(CSVRecord row, String column) {
		String value = CsvColumns.restore(row.get(column));
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static CompanyRecord company(CSVRecord row) {
		List<Note> notes = new ArrayList<>();
		CompanyForm form = new CompanyForm();
		form.setName(cell(row, "name"));
		form.setSlug(cell(row, "slug"));
		form.setStatus(enumOf(CompanyStatus.class, cell(row, "status"), "status", notes));
		form.setTagline(cell(row, "tagline"));
		form.setFoundedDate(date(cell(row, "founded_date"), "founded_date", notes));
		form.setSizeBand(enumOf(SizeBand.class, cell(row, "size_band"), "size_band", notes));
		form.setHeadquarters(cell(row, "headquarters"));
		form.setWebsite(cell(row, "website"));
		form.setEmail(cell(row, "email"));
		form.setPhone(cell(row, "phone"));
		form.setLinkedin(cell(row, "linkedin_url"));
		form.setX(cell(row, "x_url"));
		form.setFacebook(cell(row, "facebook_url"));
		form.setInstagram(cell(row, "instagram_url"));
		form.setGithub(cell(row, "github_url"));
		form.setYoutube(cell(row, "youtube_url"));
		form.setDescriptionMarkdown(cell(row, "description_markdown"));
		String sectors = cell(row, "sectors");
		List<String> names = (sectors == null) ? List.of()
				: Arrays.stream(sectors.split("\\" + CsvColumns.LIST_SEPARATOR))
					.map(String::strip)
					.filter((name) -> !name.isEmpty())
					.toList();
		String id = cell(row, "id");
		return new CompanyRecord((id != null) ? id : "slug:" + form.getSlug(), form.getSlug(), form, names, null,
				notes);
	}

	private static JobRecord job(CSVRecord row) {
		List<Note> notes = new ArrayList<>();
		JobForm form = new JobForm();
		form.setTitle(cell(row, "title"));
		EmploymentType type = enumOf(EmploymentType.class, cell(row, "employment_type"), "employment_type", notes);
		form.setEmploymentType((type != null) ? type : EmploymentType.OTHER);
		form.setLocation(cell(row, "location"));
		form.setCountryCode(cell(row, "country_code"));
		form.setRemote("true".equalsIgnoreCase(cell(row, "remote")));
		form.setSalaryMin(amount(cell(row, "salary_min"), "salary_min", notes));
		form.setSalaryMax(amount(cell(row, "salary_max"), "salary_max", notes));
		form.setSalaryCurrency(cell(row, "salary_currency"));
		form.setSalaryPeriod(enumOf(SalaryPeriod.class, cell(row, "salary_period"), "salary_period", notes));
		form.setApplyUrl(cell(row, "apply_url"));
		form.setApplyEmail(cell(row, "apply_email"));
		form.setExpiresOn(date(cell(row, "expires_on"), "expires_on", notes));
		form.setDescription(cell(row, "description_markdown"));
		JobStatus status = enumOf(JobStatus.class, cell(row, "status"), "status", notes);
		Instant posted = null;
		String postedAt = cell(row, "posted_at");
		if (postedAt != null) {
			try {
				posted = Instant.parse(postedAt);
			}
			catch (DateTimeParseException ex) {
				notes.add(new Note("transfer.note.badDate", "posted_at", postedAt));
			}
		}
		String company = cell(row, "company_slug");
		Note skip = (company == null) ? new Note("transfer.skip.noCompanySlug") : null;
		return new JobRecord(cell(row, "id"), cell(row, "slug"), company, form,
				(status != null) ? status : JobStatus.DRAFT, posted, notes, skip);
	}

	private static LocalDate date(String value, String column, List<Note> notes) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			notes.add(new Note("transfer.note.badDate", column, value));
			return null;
		}
	}

	private static BigDecimal amount(String value, String column, List<Note> notes) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			notes.add(new Note("transfer.note.badNumber", column, value));
			return null;
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String column, List<Note> notes) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			notes.add(new Note("transfer.note.badValue", column, value));
			return null;
		}
	}

}
