package com.jobboard.bench.baseline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "companies")
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 160)
	private String name;

	private String tagline;

	@Column(columnDefinition = "text")
	private String description;

	private LocalDate founded;

	protected Company() {
	}

	Company(String slug, String name, String tagline, String description, LocalDate founded) {
		this.slug = slug;
		this.name = name;
		this.tagline = tagline;
		this.description = description;
		this.founded = founded;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getTagline() {
		return this.tagline;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getFounded() {
		return this.founded;
	}

}
