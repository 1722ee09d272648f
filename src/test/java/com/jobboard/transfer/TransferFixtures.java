package com.jobboard.transfer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;

/** The test's own small files (src/test/resources/transfer) and zips made on the spot. */
final class TransferFixtures {

	static final String SECTOR = "Transfer Test Sector";

	private TransferFixtures() {
	}

	/** A copy of the resource in a temporary folder, as an upload would be stored. */
	static Path resource(Path dir, String name) {
		try (InputStream in = TransferFixtures.class.getResourceAsStream("/transfer/" + name)) {
			Path file = dir.resolve(name);
			Files.copy(in, file);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportUploads.Upload upload(Path dir, String name) {
		return ImportUploads.Upload.of(resource(dir, name), null);
	}

	static void ensureSector(SectorRepository sectors) {
		if (sectors.findByNameIgnoreCase(SECTOR).isEmpty()) {
			sectors.save(new Sector(SECTOR, "transfer-test-sector"));
		}
	}

	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A zip with the given entries: name, bytes, name, bytes… */
	static Path zip(Path file, Object... entries) {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i + 1 < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) entries[i]));
				zip.write((byte[]) entries[i + 1]);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
