package com.jobboard.company.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded logo by what it contains, never by its file name or the type the
 * browser declared: a PNG, JPEG or WebP header that the image's own reader accepts,
 * within 1 MB and a sane size in pixels. Images are not decoded in full, so a small file
 * claiming huge dimensions costs nothing.
 */
@Component
class LogoUploads {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_PIXELS_PER_SIDE = 5000;

	private static final String FIELD = "logo";

	/**
	 * The checked image, or empty when no file was chosen or it was refused (then with an
	 * error on the logo field).
	 */
	Optional<CheckedLogo> check(MultipartFile file, Errors errors) {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
			return Optional.empty();
		}
		if (file.isEmpty()) {
			errors.rejectValue(FIELD, "companyAdmin.logo.empty");
			return Optional.empty();
		}
		if (file.getSize() > MAX_BYTES) {
			errors.rejectValue(FIELD, "companyAdmin.logo.tooLarge",
					new Object[] { (file.getSize() + 1023) / 1024, MAX_BYTES / 1024 }, null);
			return Optional.empty();
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue(FIELD, "companyAdmin.logo.unreadable");
			return Optional.empty();
		}
		return check(bytes, errors);
	}

	/**
	 * The same checks for bytes read elsewhere (an imported board's uploads), with the
	 * error on the logo field.
	 */
	Optional<CheckedLogo> check(byte[] bytes, Errors errors) {
		if (bytes.length == 0) {
			errors.rejectValue(FIELD, "companyAdmin.logo.empty");
			return Optional.empty();
		}
		if (bytes.length > MAX_BYTES) {
			errors.rejectValue(FIELD, "companyAdmin.logo.tooLarge",
					new Object[] { (bytes.length + 1023) / 1024, MAX_BYTES / 1024 }, null);
			return Optional.empty();
		}
		Format format = Format.of(bytes);
		if (format == null) {
			errors.rejectValue(FIELD, "companyAdmin.logo.notAnImage");
			return Optional.empty();
		}
		Dimensions size = format.dimensions(bytes);
		if (size == null) {
			errors.rejectValue(FIELD, "companyAdmin.logo.damaged");
			return Optional.empty();
		}
		if (size.width() > MAX_PIXELS_PER_SIDE || size.height() > MAX_PIXELS_PER_SIDE) {
			errors.rejectValue(FIELD, "companyAdmin.logo.tooManyPixels",
					new Object[] { size.width(), size.height(), MAX_PIXELS_PER_SIDE }, null);
			return Optional.empty();
		}
		return Optional.of(new CheckedLogo(format.contentType, bytes));
	}

	/** An image that passed the checks, with the content type its bytes show. */
	record CheckedLogo(String contentType, byte[] bytes) {
	}

	record Dimensions(int width, int height) {
	}

	enum Format {

		PNG("image/png", "png"), JPEG("image/jpeg", "jpeg"), WEBP("image/webp", null);

		private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

		private final String contentType;

		private final String imageIoFormat;

		Format(String contentType, String imageIoFormat) {
			this.contentType = contentType;
			this.imageIoFormat = imageIoFormat;
		}

		/** The format the bytes start with, or {@code null}. */
		static Format of(byte[] bytes) {
			if (startsWith(bytes, PNG_SIGNATURE, 0)) {
				return PNG;
			}
			if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
					&& (bytes[2] & 0xff) == 0xff) {
				return JPEG;
			}
			if (startsWith(bytes, ascii("RIFF"), 0) && startsWith(bytes, ascii("WEBP"), 8)) {
				return WEBP;
			}
			return null;
		}

		/**
		 * The image's size in pixels as its header says, or {@code null} when the header
		 * is not sound.
		 */
		Dimensions dimensions(byte[] bytes) {
			return (this == WEBP) ? webpDimensions(bytes) : imageIoDimensions(bytes);
		}

		private Dimensions imageIoDimensions(byte[] bytes) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(this.imageIoFormat);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				return (width > 0 && height > 0) ? new Dimensions(width, height) : null;
			}
			catch (IOException | RuntimeException ex) {
				return null;
			}
			finally {
				reader.dispose();
			}
		}

		/**
		 * WebP: a RIFF container whose declared length fits the file, holding a VP8
		 * (lossy), VP8L (lossless) or VP8X (extended) image with its dimensions.
		 */
		private static Dimensions webpDimensions(byte[] bytes) {
			if (bytes.length < 30) {
				return null;
			}
			long riffLength = littleEndian(bytes, 4, 4);
			if (riffLength < 4 || riffLength + 8 > bytes.length) {
				return null;
			}
			if (startsWith(bytes, ascii("VP8 "), 12)) {
				// Key frame start code, then 14-bit width and height.
				if ((bytes[23] & 0xff) != 0x9d || (bytes[24] & 0xff) != 0x01 || (bytes[25] & 0xff) != 0x2a) {
					return null;
				}
				return sized((int) littleEndian(bytes, 26, 2) & 0x3fff, (int) littleEndian(bytes, 28, 2) & 0x3fff);
			}
			if (startsWith(bytes, ascii("VP8L"), 12)) {
				if ((bytes[20] & 0xff) != 0x2f) {
					return null;
				}
				long bits = littleEndian(bytes, 21, 4);
				return sized((int) (bits & 0x3fff) + 1, (int) ((bits >> 14) & 0x3fff) + 1);
			}
			if (startsWith(bytes, ascii("VP8X"), 12)) {
				return sized((int) littleEndian(bytes, 24, 3) + 1, (int) littleEndian(bytes, 27, 3) + 1);
			}
			return null;
		}

		private static Dimensions sized(int width, int height) {
			return (width > 0 && height > 0) ? new Dimensions(width, height) : null;
		}

		private static long littleEndian(byte[] bytes, int offset, int length) {
			long value = 0;
			for (int i = length - 1; i >= 0; i--) {
				value = (value << 8) | (bytes[offset + i] & 0xff);
			}
			return value;
		}

		private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
			if (bytes.length < offset + prefix.length) {
				return false;
			}
			for (int i = 0; i < prefix.length; i++) {
				if (bytes[offset + i] != prefix[i]) {
					return false;
				}
			}
			return true;
		}

		private static byte[] ascii(String text) {
			return text.getBytes(StandardCharsets.US_ASCII);
		}

	}

}
