package com.jobboard.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import com.jobboard.address.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A company's public profile. Its description is kept as Markdown and as the sanitized
 * HTML made from it.
 */
@Entity
@Table(name = "companies")
@EntityListeners(ProfileWrites.class)
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 120)
	private String slug;

	@Column(nullable = false, length = 160)
	private String name;

	private String tagline;

	private Long logoId;

	private LocalDate foundedDate;

	@Enumerated(EnumType.STRING)
	private SizeBand sizeBand;

	private String headquarters;

	private String streetAddress;

	private String postalCode;

	private String locality;

	private String region;

	private String countryCode;

	private String website;

	private String email;

	private String phone;

	/** {@code null} when there are none: Hibernate reads a company without links so. */
	@Embedded
	private SocialLinks socialLinks;

	@Column(nullable = false)
	private String descriptionMarkdown = "";

	@Column(nullable = false)
	private String descriptionHtml = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyStatus status = CompanyStatus.ACTIVE;

	@ManyToMany
	@JoinTable(name = "company_sectors", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("name")
	private Set<Sector> sectors = new LinkedHashSet<>();

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Company() {
	}

	public Company(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	/** The postal address, its parts as the form saved them. */
	public Address address() {
		return new Address(this.streetAddress, this.postalCode, this.locality, this.region, this.countryCode);
	}

	/**
	 * Sets the description; the HTML must be what {@code MarkdownRenderer} made of the
	 * Markdown.
	 */
	public void describe(String markdown, String safeHtml) {
		this.descriptionMarkdown = (markdown != null) ? markdown : "";
		this.descriptionHtml = (safeHtml != null) ? safeHtml : "";
	}

	/**
	 * The links to the company's pages on social networks; {@link SocialLinks#NONE} when
	 * there are none.
	 */
	public SocialLinks getSocialLinks() {
		return (this.socialLinks != null) ? this.socialLinks : SocialLinks.NONE;
	}

	public void setSocialLinks(SocialLinks socialLinks) {
		// No links are kept as null, as Hibernate reads them back, so that an unchanged
		// profile stays clean.
		this.socialLinks = (socialLinks == null || socialLinks.equals(SocialLinks.NONE)) ? null : socialLinks;
	}

	public boolean isPublic() {
		return this.status == CompanyStatus.ACTIVE;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTagline() {
		return this.tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = tagline;
	}

	public Long getLogoId() {
		return this.logoId;
	}

	public void setLogoId(Long logoId) {
		this.logoId = logoId;
	}

	public LocalDate getFoundedDate() {
		return this.foundedDate;
	}

	public void setFoundedDate(LocalDate foundedDate) {
		this.foundedDate = foundedDate;
	}

	public SizeBand getSizeBand() {
		return this.sizeBand;
	}

	public void setSizeBand(SizeBand sizeBand) {
		this.sizeBand = sizeBand;
	}

	public String getHeadquarters() {
		return this.headquarters;
	}

	public void setHeadquarters(String headquarters) {
		this.headquarters = headquarters;
	}

	public String getStreetAddress() {
		return this.streetAddress;
	}

	public void setStreetAddress(String streetAddress) {
		this.streetAddress = streetAddress;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getLocality() {
		return this.locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getDescriptionMarkdown() {
		return this.descriptionMarkdown;
	}

	public String getDescriptionHtml() {
		return this.descriptionHtml;
	}

	public CompanyStatus getStatus() {
		return this.status;
	}

	public void setStatus(CompanyStatus status) {
		this.status = status;
	}

	public Set<Sector> getSectors() {
		return this.sectors;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
