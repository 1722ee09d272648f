package com.jobboard.transfer;

import java.nio.file.Path;

import com.jobboard.company.SectorRepository;
import com.jobboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that must be refused as a whole, with the reason, and leave the database exactly
 * as it was.
 */
@IntegrationTest
class HostileImportFileIT {

	@Autowired
	Importer importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SectorRepository sectors;

	@TempDir
	Path dir;

	private long rows() {
		return this.jdbc
			.sql("select (select count(*) from companies) + (select count(*) from jobs)"
					+ " + (select count(*) from company_revisions) + (select count(*) from import_sources)"
					+ " + (select count(*) from logos)")
			.query(Long.class)
			.single();
	}

	private ImportReport refused(ImportUploads.Upload upload, String code) {
		long before = rows();
		for (boolean dryRun : new boolean[] { true, false }) {
			ImportReport report = this.importer.run(upload, dryRun, new Importer.Author(null, null), (n) -> {
			});
			assertThat(report.isFailed()).as(upload.fileName()).isTrue();
			assertThat(report.getFileProblems()).extracting(Note::code).containsExactly(code);
			assertThat(report.hasChanges()).isFalse();
		}
		assertThat(rows()).isEqualTo(before);
		return this.importer.run(upload, true, new Importer.Author(null, null), (n) -> {
		});
	}

	@ParameterizedTest
	@CsvSource({ "not-a-wxr.txt, transfer.file.csvColumns", "not-xml.xml, transfer.file.notXml",
			"xml-bomb.xml, transfer.file.entities", "xxe.xml, transfer.file.entities",
			"other-plugin.xml, transfer.file.otherPlugin", "wrong-columns.csv, transfer.file.csvColumns",
			"latin1-companies.csv, transfer.file.encoding", "duplicate-slugs.csv, transfer.file.duplicateSlug" })
	void refusedWithTheReason(String file, String code) {
		refused(TransferFixtures.upload(this.dir, file), code);
	}

	@Test
	void externalEntitiesAreNeverRead() {
		ImportReport report = refused(TransferFixtures.upload(this.dir, "xxe.xml"), "transfer.file.entities");
		assertThat(report.getEntries()).isEmpty();
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		Path empty = java.nio.file.Files.writeString(this.dir.resolve("empty.xml"), "  \n");
		refused(ImportUploads.Upload.of(empty, null), "transfer.file.empty");
	}

	@Test
	void zipWithPathsOutOfItsFolderIsRefusedAndNothingIsImported() {
		TransferFixtures.ensureSector(this.sectors);
		Path xml = TransferFixtures.resource(this.dir, "wpjm-every-field.xml");
		Path zip = TransferFixtures.zip(this.dir.resolve("slip.zip"), "wp-content/uploads/2024/05/acme-logo.png",
				TransferFixtures.png(4, 4), "../../../../tmp/evil.sh", "#!/bin/sh".getBytes());
		refused(ImportUploads.Upload.of(xml, zip), "transfer.zip.unsafePath");
	}

	@Test
	void zipBombIsRefusedAndNothingIsImported() {
		Path xml = TransferFixtures.resource(this.dir, "wpjm-every-field.xml");
		// 64 MB of zeros packs into a few dozen KB: a ratio no folder of images has.
		Path zip = TransferFixtures.zip(this.dir.resolve("bomb.zip"), "wp-content/uploads/2024/05/acme-logo.png",
				new byte[64 * 1024 * 1024]);
		refused(ImportUploads.Upload.of(xml, zip), "transfer.zip.bomb");
	}

	@Test
	void uploadsFileThatIsNotAZipIsRefused() throws Exception {
		Path xml = TransferFixtures.resource(this.dir, "wpjm-every-field.xml");
		Path zip = java.nio.file.Files.writeString(this.dir.resolve("fake.zip"), "not a zip at all");
		refused(ImportUploads.Upload.of(xml, zip), "transfer.zip.notZip");
	}

}
