package com.jobboard.company;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps logo images in PostgreSQL. */
@Service
public class LogoStore {

	private final LogoRepository logos;

	LogoStore(LogoRepository logos) {
		this.logos = logos;
	}

	/** Stores an image that has already been checked, and answers its id. */
	@Transactional
	public long store(String contentType, byte[] bytes) {
		return this.logos.save(new Logo(contentType, bytes, sha256(bytes))).getId();
	}

	@Transactional(readOnly = true)
	public Optional<Logo> find(long id) {
		return this.logos.findById(id);
	}

	/** Whether a logo with this id is stored, without reading its bytes. */
	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return this.logos.existsById(id);
	}

	/**
	 * Whether the stored logo is exactly these bytes (an import that brings the same
	 * image changes nothing).
	 */
	@Transactional(readOnly = true)
	public boolean isSameImage(long id, byte[] bytes) {
		return this.logos.findById(id).map((logo) -> logo.getSha256().equals(sha256(bytes))).orElse(false);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JRE", ex);
		}
	}

}
