package com.jobboard.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded file (and the uploads zip beside it) in a private work folder under a
 * random id until the admin confirms the import, so the dry run and the import read the
 * very same bytes. Folders older than a day are removed when the next upload arrives.
 */
@Component
class ImportUploads {

	private static final Pattern ID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

	private static final Duration KEPT = Duration.ofDays(1);

	private final Path root;

	ImportUploads(@Value("${jobboard.import.work-dir:}") String workDir) {
		this.root = workDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "jobboard-imports")
				: Path.of(workDir);
	}

	/**
	 * A file to import and maybe the zip of its uploads folder.
	 *
	 * @param csvSite the site key the admin chose for a CSV (checked by
	 * {@link CsvSites#chosen}), or {@code null}
	 */
	record Upload(String id, Path source, Path zip, String fileName, String csvSite) {

		/** A file named on the command line, read where it is. */
		static Upload of(Path source, Path zip) {
			return of(source, zip, null);
		}

		static Upload of(Path source, Path zip, String csvSite) {
			return new Upload("cli", source, zip, source.getFileName().toString(), csvSite);
		}

	}

	Upload store(String fileName, InputStream source, InputStream zip) {
		return store(fileName, source, zip, null);
	}

	/**
	 * @param csvSite a key already checked by {@link CsvSites#chosen}, or {@code null}
	 */
	Upload store(String fileName, InputStream source, InputStream zip, String csvSite) {
		sweep();
		String id = UUID.randomUUID().toString();
		Path dir = this.root.resolve(id);
		try {
			Files.createDirectories(dir);
			Files.copy(source, dir.resolve("source"), StandardCopyOption.REPLACE_EXISTING);
			Path zipPath = null;
			if (zip != null) {
				zipPath = dir.resolve("uploads.zip");
				Files.copy(zip, zipPath, StandardCopyOption.REPLACE_EXISTING);
			}
			String name = (fileName != null) ? fileName.replaceAll("[\\p{Cntrl}/\\\\]", "") : "upload";
			Files.writeString(dir.resolve("name"), name.substring(0, Math.min(name.length(), 200)),
					StandardCharsets.UTF_8);
			if (csvSite != null) {
				Files.writeString(dir.resolve("site"), csvSite, StandardCharsets.UTF_8);
			}
			return new Upload(id, dir.resolve("source"), zipPath, name, csvSite);
		}
		catch (IOException ex) {
			delete(id);
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Upload> find(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return Optional.empty();
		}
		Path dir = this.root.resolve(id);
		if (!Files.isRegularFile(dir.resolve("source"))) {
			return Optional.empty();
		}
		Path zip = dir.resolve("uploads.zip");
		try {
			String name = Files.isRegularFile(dir.resolve("name"))
					? Files.readString(dir.resolve("name"), StandardCharsets.UTF_8) : "upload";
			String site = Files.isRegularFile(dir.resolve("site"))
					? Files.readString(dir.resolve("site"), StandardCharsets.UTF_8) : null;
			return Optional.of(new Upload(id, dir.resolve("source"), Files.isRegularFile(zip) ? zip : null, name,
					CsvSites.chosen(site).orElse(null)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	void delete(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return;
		}
		deleteTree(this.root.resolve(id));
	}

	private void sweep() {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		Instant cutoff = Instant.now().minus(KEPT);
		try (Stream<Path> dirs = Files.list(this.root)) {
			dirs.filter((dir) -> ID.matcher(dir.getFileName().toString()).matches()).filter((dir) -> {
				try {
					return Files.getLastModifiedTime(dir).toInstant().isBefore(cutoff);
				}
				catch (IOException ex) {
					return false;
				}
			}).forEach(ImportUploads::deleteTree);
		}
		catch (IOException ex) {
			// An old folder left over is harmless; the next upload tries again.
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// Left for the next sweep.
				}
			});
		}
		catch (IOException ex) {
			// Left for the next sweep.
		}
	}

}
