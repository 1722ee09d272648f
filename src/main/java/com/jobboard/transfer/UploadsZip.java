package com.jobboard.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip of a WordPress site's {@code wp-content/uploads} folder, read for logos only.
 * Nothing is ever written to disk from it. Refused as a whole when an entry's name could
 * climb out of the folder ({@code ../}, absolute paths, drive letters, backslashes: zip
 * slip), or when it looks like a zip bomb (too many entries, a declared size or
 * compression ratio no upload folder has). Reading an entry stops one byte past the logo
 * limit, whatever the entry declares.
 */
final class UploadsZip implements Closeable {

	static final int MAX_ENTRIES = 200_000;

	static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024 * 1024;

	static final int MAX_RATIO = 200;

	private final ZipFile zip;

	/** Path below uploads/ → entry. */
	private final Map<String, ZipEntry> entries = new HashMap<>();

	private UploadsZip(ZipFile zip) {
		this.zip = zip;
	}

	static UploadsZip open(Path file) {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new ImportFileException(new Note("transfer.zip.notZip"), ex);
		}
		catch (IOException ex) {
			throw new ImportFileException(new Note("transfer.file.unreadable"), ex);
		}
		UploadsZip uploads = new UploadsZip(zip);
		try {
			uploads.index();
			return uploads;
		}
		catch (RuntimeException ex) {
			uploads.close();
			throw ex;
		}
	}

	private void index() {
		long total = 0;
		int count = 0;
		Enumeration<? extends ZipEntry> all = this.zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			if (++count > MAX_ENTRIES) {
				throw new ImportFileException(new Note("transfer.zip.bomb"));
			}
			String name = entry.getName();
			if (isUnsafe(name)) {
				throw new ImportFileException(new Note("transfer.zip.unsafePath", name));
			}
			long size = entry.getSize();
			long compressed = entry.getCompressedSize();
			total += Math.max(size, 0);
			if (total > MAX_TOTAL_BYTES || (size > 1024 * 1024 && compressed > 0 && size / compressed > MAX_RATIO)) {
				throw new ImportFileException(new Note("transfer.zip.bomb"));
			}
			if (!entry.isDirectory()) {
				this.entries.put(belowUploads(name), entry);
			}
		}
	}

	static boolean isUnsafe(String name) {
		return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
				|| name.chars().anyMatch((c) -> c < 0x20)
				|| java.util.Arrays.stream(name.split("/")).anyMatch(".."::equals);
	}

	/**
	 * "wp-content/uploads/2021/04/a.png", "uploads/2021/04/a.png" and "2021/04/a.png" are
	 * the same file.
	 */
	private static String belowUploads(String name) {
		int at = name.indexOf("uploads/");
		return (at >= 0 && (at == 0 || name.charAt(at - 1) == '/')) ? name.substring(at + "uploads/".length()) : name;
	}

	/**
	 * The file's bytes, at most {@code limit + 1} of them (so a caller sees that it is
	 * too large), or {@code null} when the zip does not have it.
	 */
	byte[] read(String path, int limit) {
		ZipEntry entry = this.entries.get(belowUploads(path));
		if (entry == null) {
			return null;
		}
		try (InputStream in = this.zip.getInputStream(entry)) {
			return in.readNBytes(limit + 1);
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	@Override
	public void close() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			// Read-only: nothing to lose.
		}
	}

}
