package com.jobboard.company;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/** An uploaded logo image. Never changed: a new upload is a new logo with a new URL. */
@Entity
@Table(name = "logos")
public class Logo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] bytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Logo() {
	}

	public Logo(String contentType, byte[] bytes, String sha256) {
		this.contentType = contentType;
		this.bytes = bytes;
		this.sha256 = sha256;
	}

	public Long getId() {
		return this.id;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getBytes() {
		return this.bytes;
	}

	public String getSha256() {
		return this.sha256;
	}

}
