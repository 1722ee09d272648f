package com.jobboard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jobboard.company.Company;
import com.jobboard.company.CompanyRepository;
import com.jobboard.company.LogoStore;
import com.jobboard.company.Sector;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.SizeBand;
import com.jobboard.company.SocialLinks;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.Job;
import com.jobboard.job.JobRepository;
import com.jobboard.job.JobStatus;
import com.jobboard.job.SalaryPeriod;
import com.jobboard.markdown.MarkdownRenderer;
import com.jobboard.system.EmbeddedDatabase;
import com.jobboard.web.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo companies and jobs, once. By default only the
 * embedded database gets them; {@code jobboard.demo-data=true} loads them into any empty
 * database.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final String mode;

	private final Optional<EmbeddedDatabase> embeddedDatabase;

	private final CompanyRepository companies;

	private final SectorRepository sectors;

	private final JobRepository jobs;

	private final LogoStore logos;

	private final MarkdownRenderer markdown;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataLoader(@Value("${jobboard.demo-data:auto}") String mode, Optional<EmbeddedDatabase> embeddedDatabase,
			CompanyRepository companies, SectorRepository sectors, JobRepository jobs, LogoStore logos,
			MarkdownRenderer markdown, TransactionTemplate transaction, Clock clock) {
		this.mode = mode;
		this.embeddedDatabase = embeddedDatabase;
		this.companies = companies;
		this.sectors = sectors;
		this.jobs = jobs;
		this.logos = logos;
		this.markdown = markdown;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean wanted = "true".equalsIgnoreCase(this.mode)
				|| ("auto".equalsIgnoreCase(this.mode) && this.embeddedDatabase.isPresent());
		if (!wanted) {
			return;
		}
		if (this.companies.count() > 0) {
			log.debug("Database already has companies; not loading demo data");
			return;
		}
		DemoData data = read();
		this.transaction.executeWithoutResult((status) -> load(data));
		log.info("Loaded demo data: {} companies, {} jobs", this.companies.count(), this.jobs.count());
	}

	private DemoData read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/demo-data.yml").getInputStream()) {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return JsonMapper.builder().build().convertValue(datesAsText(yaml), DemoData.class);
		}
	}

	private void load(DemoData data) {
		Map<String, Sector> sectorsByName = new HashMap<>();
		for (String name : data.sectors()) {
			sectorsByName.put(name, this.sectors.save(new Sector(name, Slugs.slugify(name))));
		}
		Instant now = this.clock.instant();
		for (DemoData.DemoCompany demo : data.companies()) {
			Company company = new Company(demo.slug(), demo.name());
			company.setTagline(demo.tagline());
			company.setFoundedDate((demo.foundedDate() != null) ? LocalDate.parse(demo.foundedDate()) : null);
			company.setSizeBand((demo.sizeBand() != null) ? SizeBand.valueOf(demo.sizeBand()) : null);
			company.setHeadquarters(demo.headquarters());
			company.setStreetAddress(demo.streetAddress());
			company.setPostalCode(demo.postalCode());
			company.setLocality(demo.locality());
			company.setRegion(demo.region());
			company.setCountryCode(demo.countryCode());
			company.setWebsite(demo.website());
			company.setEmail(demo.email());
			company.setPhone(demo.phone());
			company.setSocialLinks(new SocialLinks(demo.linkedinUrl(), demo.xUrl(), demo.facebookUrl(),
					demo.instagramUrl(), demo.githubUrl(), demo.youtubeUrl()));
			String description = readDescription(demo.slug());
			company.describe(description, this.markdown.toSafeHtml(description));
			if (demo.sectors() != null) {
				demo.sectors().forEach((name) -> company.getSectors().add(sectorsByName.get(name)));
			}
			if (demo.logoColor() != null) {
				company.setLogoId(drawLogo(demo));
			}
			this.companies.save(company);
			for (DemoData.DemoJob demoJob : (demo.jobs() != null) ? demo.jobs() : List.<DemoData.DemoJob>of()) {
				this.jobs.save(toJob(company, demoJob, now));
			}
		}
	}

	private Job toJob(Company company, DemoData.DemoJob demo, Instant now) {
		Job job = new Job(company, demo.title(), Slugs.slugify(demo.title()),
				EmploymentType.valueOf(demo.employmentType()));
		job.setLocation(demo.location());
		job.setCountryCode(demo.countryCode());
		job.setStreetAddress(demo.streetAddress());
		job.setPostalCode(demo.postalCode());
		job.setRegion(demo.region());
		job.setRemote(Boolean.TRUE.equals(demo.remote()));
		if (demo.salaryMin() != null || demo.salaryMax() != null) {
			job.setSalary(demo.salaryMin(), demo.salaryMax(), demo.salaryCurrency(),
					SalaryPeriod.valueOf(demo.salaryPeriod()));
		}
		job.describe(demo.description(), this.markdown.toSafeHtml(demo.description()));
		job.setApplyUrl(demo.applyUrl());
		job.setApplyEmail(demo.applyEmail());
		job.setStatus(JobStatus.valueOf(demo.status()));
		if (demo.postedDaysAgo() != null) {
			job.setPostedAt(now.minus(Duration.ofDays(demo.postedDaysAgo())));
		}
		if (demo.expiresInDays() != null) {
			job.setExpiresAt(now.plus(Duration.ofDays(demo.expiresInDays())));
		}
		return job;
	}

	private Long drawLogo(DemoData.DemoCompany demo) {
		try {
			return this.logos.store("image/png", DemoLogos.draw(demo.logoColor(), demo.slug()));
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			// A machine without a working image library still gets the demo, with
			// placeholder logos.
			log.warn("Could not draw a demo logo for {}: {}", demo.slug(), ex.toString());
			return null;
		}
	}

	private static String readDescription(String slug) {
		ClassPathResource resource = new ClassPathResource("demo/descriptions/" + slug + ".md");
		if (!resource.exists()) {
			return "";
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	/** SnakeYAML reads unquoted dates as {@link Date}; the records want ISO text. */
	private static Object datesAsText(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key, datesAsText(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(datesAsText(item)));
			return copy;
		}
		return value;
	}

}
