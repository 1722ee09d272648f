package com.jobboard.company.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.jobboard.address.Address;
import com.jobboard.address.CountryCode;
import com.jobboard.company.CompanyStatus;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SocialLinks;
import com.jobboard.web.WebAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the company form sends: every profile field people may change, and nothing else
 * (the entity is never bound to a request). Single-line texts are trimmed and lose
 * control characters as they are bound; blank becomes {@code null}. The limits match the
 * columns.
 */
public class CompanyForm {

	static final int DESCRIPTION_MAX = 100_000;

	static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	@NotBlank(message = "{companyAdmin.error.nameRequired}")
	@Size(max = 160, message = "{form.error.maxLength.160}")
	private String name;

	@Size(max = 120, message = "{form.error.maxLength.120}")
	@Pattern(regexp = SLUG_PATTERN, message = "{companyAdmin.error.slugPattern}")
	private String slug;

	@Size(max = 200, message = "{form.error.maxLength.200}")
	private String tagline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@FoundingDate
	private LocalDate foundedDate;

	private SizeBand sizeBand;

	@Size(max = 160, message = "{form.error.maxLength.160}")
	private String headquarters;

	@Size(max = Address.STREET_MAX, message = "{form.error.maxLength.200}")
	private String streetAddress;

	@Size(max = Address.POSTAL_CODE_MAX, message = "{form.error.maxLength.20}")
	@Pattern(regexp = Address.POSTAL_CODE_PATTERN, message = "{address.error.postalCode}")
	private String postalCode;

	@Size(max = Address.LOCALITY_MAX, message = "{form.error.maxLength.160}")
	private String locality;

	@Size(max = Address.REGION_MAX, message = "{form.error.maxLength.100}")
	private String region;

	@CountryCode
	private String countryCode;

	@WebAddress
	private String website;

	@Size(max = 254, message = "{form.error.maxLength.254}")
	@Email(message = "{form.error.email}")
	private String email;

	@Size(max = 40, message = "{form.error.maxLength.40}")
	@Pattern(regexp = "^(?=.*[0-9])[0-9 +()./-]*$", message = "{companyAdmin.error.phone}")
	private String phone;

	@WebAddress
	private String linkedin;

	@WebAddress
	private String x;

	@WebAddress
	private String facebook;

	@WebAddress
	private String instagram;

	@WebAddress
	private String github;

	@WebAddress
	private String youtube;

	private List<Long> sectorIds = new ArrayList<>();

	@Size(max = DESCRIPTION_MAX, message = "{form.error.maxLength.100000}")
	private String descriptionMarkdown = "";

	private MultipartFile logo;

	private boolean removeLogo;

	/**
	 * The company's version the form was filled from; {@code null} on the create form.
	 */
	private Long version;

	/** Only used when creating: new companies are public at once or wait for approval. */
	private CompanyStatus status = CompanyStatus.ACTIVE;

	/**
	 * Trims a single-line text, drops control characters (PostgreSQL refuses NUL) and
	 * makes blank {@code null}.
	 */
	static String line(String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replaceAll("\\p{Cntrl}", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * Keeps the text as written (line breaks, indentation) but without control characters
	 * other than tab and newline.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
	}

	/**
	 * Whether a file was chosen for the logo (it is never kept when the form is shown
	 * again).
	 */
	public boolean hasChosenLogo() {
		return this.logo != null && (!this.logo.isEmpty()
				|| (this.logo.getOriginalFilename() != null && !this.logo.getOriginalFilename().isEmpty()));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = line(name);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = line(slug);
	}

	public String getTagline() {
		return this.tagline;
	}

	public void setTagline(String tagline) {
		this.tagline = line(tagline);
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
		this.headquarters = line(headquarters);
	}

	public String getStreetAddress() {
		return this.streetAddress;
	}

	public void setStreetAddress(String streetAddress) {
		this.streetAddress = line(streetAddress);
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = line(postalCode);
	}

	public String getLocality() {
		return this.locality;
	}

	public void setLocality(String locality) {
		this.locality = line(locality);
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = line(region);
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		String code = line(countryCode);
		this.countryCode = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	/** The address as the form gives it. */
	Address address() {
		return new Address(this.streetAddress, this.postalCode, this.locality, this.region, this.countryCode);
	}

	void setAddress(Address address) {
		this.streetAddress = address.streetAddress();
		this.postalCode = address.postalCode();
		this.locality = address.locality();
		this.region = address.region();
		this.countryCode = address.countryCode();
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = line(website);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = line(email);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = line(phone);
	}

	public String getLinkedin() {
		return this.linkedin;
	}

	public void setLinkedin(String linkedin) {
		this.linkedin = line(linkedin);
	}

	public String getX() {
		return this.x;
	}

	public void setX(String x) {
		this.x = line(x);
	}

	public String getFacebook() {
		return this.facebook;
	}

	public void setFacebook(String facebook) {
		this.facebook = line(facebook);
	}

	public String getInstagram() {
		return this.instagram;
	}

	public void setInstagram(String instagram) {
		this.instagram = line(instagram);
	}

	public String getGithub() {
		return this.github;
	}

	public void setGithub(String github) {
		this.github = line(github);
	}

	public String getYoutube() {
		return this.youtube;
	}

	public void setYoutube(String youtube) {
		this.youtube = line(youtube);
	}

	/** The social links as the form gives them, one field per network. */
	SocialLinks socialLinks() {
		return new SocialLinks(this.linkedin, this.x, this.facebook, this.instagram, this.github, this.youtube);
	}

	void setSocialLinks(SocialLinks links) {
		this.linkedin = links.linkedin();
		this.x = links.x();
		this.facebook = links.facebook();
		this.instagram = links.instagram();
		this.github = links.github();
		this.youtube = links.youtube();
	}

	public List<Long> getSectorIds() {
		return this.sectorIds;
	}

	public void setSectorIds(List<Long> sectorIds) {
		this.sectorIds = (sectorIds != null) ? sectorIds : new ArrayList<>();
	}

	public String getDescriptionMarkdown() {
		return this.descriptionMarkdown;
	}

	public void setDescriptionMarkdown(String descriptionMarkdown) {
		this.descriptionMarkdown = text(descriptionMarkdown);
	}

	public MultipartFile getLogo() {
		return this.logo;
	}

	public void setLogo(MultipartFile logo) {
		this.logo = logo;
	}

	public boolean isRemoveLogo() {
		return this.removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public CompanyStatus getStatus() {
		return this.status;
	}

	public void setStatus(CompanyStatus status) {
		this.status = status;
	}

}
