package com.jobboard.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jobboard.company.CompanyStatus;
import com.jobboard.company.SizeBand;
import com.jobboard.company.admin.RevisionKind;
import com.jobboard.job.EmploymentType;
import com.jobboard.job.JobStatus;
import com.jobboard.job.SalaryPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles are complete: English and German have the same keys, every key a
 * template or the Java code asks for exists in both, and every message with arguments is
 * a valid {@link MessageFormat} pattern.
 */
class MessageBundleTests {

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	/** A static key in a template: #{site.name} or #{company.card.openJobs(${n})}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	/**
	 * A key built in a template from a prefix: #{|companyStatus.${status}|} or #{${'x.' +
	 * y}}.
	 */
	private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\|([A-Za-z][A-Za-z0-9_.]*\\.)\\$\\{");

	/**
	 * Java string literals that name messages (or, ending with a dot, a family of them).
	 */
	private static final Pattern JAVA_CODE = Pattern.compile("\"\\{?((?:site|home|company|companyAdmin|jobAdmin|users|"
			+ "signIn|form|admin|pagination|format|jobStatus|companyStatus|role|sizeBand|employmentType|salaryPeriod|jobs|stats|meta|"
			+ "revisionKind)\\.[A-Za-z0-9_.]*)}?\"");

	private static Properties english;

	private static Properties german;

	@BeforeAll
	static void loadBundles() throws IOException {
		english = load("messages.properties");
		german = load("messages_de.properties");
	}

	@Test
	void englishAndGermanHaveTheSameKeys() {
		assertThat(german.stringPropertyNames()).as("keys in German but not in English")
			.isSubsetOf(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys in English but not in German")
			.isSubsetOf(german.stringPropertyNames());
	}

	@Test
	void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : TemplateTextTests.templates()) {
			String html = Files.readString(template);
			Matcher key = TEMPLATE_KEY.matcher(html);
			while (key.find()) {
				requireKey(key.group(1), template.getFileName().toString(), missing);
			}
			Matcher prefix = TEMPLATE_PREFIX.matcher(html);
			while (prefix.find()) {
				requirePrefix(prefix.group(1), template.getFileName().toString(), missing);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodeTheJavaCodeUsesExistsInBothLanguages() throws IOException {
		Set<String> missing = new TreeSet<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
			sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
		for (Path source : sources) {
			Matcher code = JAVA_CODE.matcher(Files.readString(source));
			while (code.find()) {
				String name = code.group(1);
				if (name.endsWith(".")) {
					requirePrefix(name, source.getFileName().toString(), missing);
				}
				else {
					requireKey(name, source.getFileName().toString(), missing);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyValueOfTheLabelledEnumsHasAMessage() {
		Set<String> missing = new TreeSet<>();
		for (CompanyStatus status : CompanyStatus.values()) {
			requireKey("companyStatus." + status.name(), "CompanyStatus", missing);
			requireKey("companyAdmin.status.already." + status.name(), "CompanyEditor", missing);
		}
		for (JobStatus status : JobStatus.values()) {
			requireKey("jobStatus." + status.name(), "JobStatus", missing);
			requireKey("jobAdmin.error.actionNotAvailable." + status.name(), "JobEditor", missing);
		}
		for (SizeBand band : SizeBand.values()) {
			requireKey("sizeBand." + band.name(), "SizeBand", missing);
		}
		for (EmploymentType type : EmploymentType.values()) {
			requireKey("employmentType." + type.name(), "EmploymentType", missing);
		}
		for (SalaryPeriod period : SalaryPeriod.values()) {
			requireKey("salaryPeriod.per." + period.name(), "SalaryPeriod", missing);
		}
		for (RevisionKind kind : RevisionKind.values()) {
			requireKey("revisionKind." + kind.name(), "RevisionKind", missing);
		}
		for (String role : List.of("ADMIN", "EMPLOYER")) {
			requireKey("role." + role, "Role", missing);
			requireKey("users.roleChoice." + role, "UserAdminController", missing);
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void messagesWithArgumentsAreValidPatterns() {
		List<String> broken = new ArrayList<>();
		for (Properties bundle : List.of(english, german)) {
			Locale locale = (bundle == english) ? Locale.ENGLISH : Locale.GERMAN;
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				if (!text.matches("(?s).*\\{\\d.*")) {
					continue;
				}
				try {
					new MessageFormat(text, locale).format(new Object[] { 1, 2, 3, 4 });
					// A lone apostrophe starts a quoted section in MessageFormat and
					// swallows the rest.
					assertThat(text.replace("''", "")).as(key).doesNotContain("'");
				}
				catch (IllegalArgumentException | AssertionError ex) {
					broken.add(locale + " " + key + ": " + ex.getMessage());
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/**
	 * Spring formats these with the field's name as an argument, so a lone apostrophe
	 * would swallow the rest.
	 */
	@Test
	void conversionMessagesAreSafeForMessageFormat() {
		List<String> broken = new ArrayList<>();
		for (Properties bundle : List.of(english, german)) {
			for (String key : bundle.stringPropertyNames()) {
				if (key.startsWith("typeMismatch") && bundle.getProperty(key).replace("''", "").contains("'")) {
					broken.add(key);
				}
			}
		}
		assertThat(english.getProperty("typeMismatch")).isNotBlank();
		assertThat(broken).isEmpty();
	}

	private static void requireKey(String key, String where, Set<String> missing) {
		if (!english.containsKey(key)) {
			missing.add("English: " + key + " (" + where + ")");
		}
		if (!german.containsKey(key)) {
			missing.add("German: " + key + " (" + where + ")");
		}
	}

	private static void requirePrefix(String prefix, String where, Set<String> missing) {
		if (english.stringPropertyNames().stream().noneMatch((key) -> key.startsWith(prefix))) {
			missing.add("English: " + prefix + "* (" + where + ")");
		}
		if (german.stringPropertyNames().stream().noneMatch((key) -> key.startsWith(prefix))) {
			missing.add("German: " + prefix + "* (" + where + ")");
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
