package com.jobboard.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.jobboard.company.LogoStore;
import com.jobboard.company.SectorRepository;
import com.jobboard.company.admin.CompanyEditor;
import com.jobboard.hostile.Endpoints.Endpoint;
import com.jobboard.hostile.Endpoints.Field;
import com.jobboard.hostile.HttpActor.FilePart;
import com.jobboard.hostile.HttpActor.Response;
import com.jobboard.security.EmployerAccounts;
import com.jobboard.security.UserAccountRepository;
import com.jobboard.support.IntegrationTest;
import com.jobboard.support.TestCompanies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against every endpoint of the running application, over real HTTP, as an
 * anonymous visitor, an employer and an admin. The endpoints are read from Spring MVC's
 * handler mappings, with the parameters each binds (request parameters, form objects,
 * records), so a new endpoint is covered as soon as it exists, and one the tests cannot
 * exercise fails them.
 *
 * <p>
 * Each field of each endpoint gets, in turn, every payload of {@link Payloads} (all
 * fields at once, as a bot fills in a form), the form as the page has it with every
 * visible text field replaced by the payload (as a person would send it), values of the
 * wrong type, nothing at all, hostile files for file fields, and payloads in the path
 * instead of real ids. Every answer must be below 500; no HTML answer may contain live
 * markup from a payload ({@link LiveMarkup}); and a request that is refused (anything but
 * a redirect after a POST that went through) must leave the data exactly as it was.
 * Whether stored text renders safely in a real browser is checked by
 * {@link HostileInputBrowserIT}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	/**
	 * Endpoints outside the handler mappings: the sign-in form, which a Spring Security
	 * filter handles. (Sign-out, the other filter endpoint, takes no input.)
	 */
	static final List<Endpoint> FILTER_ENDPOINTS = List.of(new Endpoint(RequestMethod.POST, "/login",
			List.of(new Field("username", String.class, false), new Field("password", String.class, false)), Map.of(),
			Set.of(), false, "Spring Security sign-in"));

	/**
	 * Characters of payload per form request: under the 1 MB a url-encoded form may have.
	 */
	private static final int BODY_BUDGET = 900_000;

	/**
	 * Loggers that note every refused request: thousands of lines here, saying nothing
	 * new.
	 */
	private static final List<String> NOISY_LOGGERS = List.of(
			"org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver",
			"org.springframework.web.servlet.PageNotFound");

	/** Spring MVC's handler mappings: the controllers' and the actuator's. */
	@Autowired
	List<RequestMappingInfoHandlerMapping> handlerMappings;

	@LocalServerPort
	int port;

	@Autowired
	TestCompanies testCompanies;

	@Autowired
	SectorRepository sectors;

	@Autowired
	LogoStore logos;

	@Autowired
	CompanyEditor companyEditor;

	@Autowired
	UserAccountRepository users;

	@Autowired
	EmployerAccounts employerAccounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	private final Instant started = Instant.now();

	private HostileFixture fixture;

	private URI base;

	private final List<String> findings = new ArrayList<>();

	private int requests;

	/**
	 * The data as it was after the last request: nothing else writes it while the suite
	 * runs.
	 */
	private String state;

	/**
	 * Where the time goes, printed after the run: by actor and endpoint, and by step
	 * (HTTP, markup check, data check).
	 */
	private final Map<String, Long> nanosByEndpoint = new LinkedHashMap<>();

	private final long[] nanosByStep = new long[3];

	@BeforeAll
	void quietLogs() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		NOISY_LOGGERS.forEach((logger) -> logging.setLogLevel(logger, LogLevel.ERROR));
	}

	@AfterAll
	void usualLogs() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		NOISY_LOGGERS.forEach((logger) -> logging.setLogLevel(logger, null));
	}

	@BeforeAll
	void fixture() {
		this.fixture = new HostileFixture(this.testCompanies, this.sectors, this.logos, this.companyEditor, this.users,
				this.employerAccounts, this.passwordEncoder, this.jdbc, png());
		this.base = URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * The suite's own failed sign-ins and sign-ups come from 127.0.0.1, like every other
	 * test's browser: forget them, so that the per-address limits do not hold back the
	 * tests that follow.
	 */
	@AfterAll
	void forgetTheSuitesOwnFailures() {
		this.jdbc.sql("delete from sign_in_failures where last_failure_at >= ?")
			.param(java.sql.Timestamp.from(this.started))
			.update();
		this.jdbc.sql("delete from action_log where subject = 'address:127.0.0.1' and at >= ?")
			.param(java.sql.Timestamp.from(this.started))
			.update();
	}

	@Test
	void everyEndpointCanBeExercised() {
		Endpoints.Discovery discovery = Endpoints.discover(this.handlerMappings);
		List<String> problems = new ArrayList<>(discovery.unsupported());
		for (Endpoint endpoint : discovery.endpoints()) {
			try {
				this.fixture.path(endpoint);
			}
			catch (IllegalArgumentException ex) {
				problems.add(endpoint + ": " + ex.getMessage());
			}
		}
		assertThat(problems).as("endpoints the hostile-input tests cannot exercise").isEmpty();
		assertThat(discovery.endpoints()).extracting(Endpoint::toString)
			.contains("GET /companies/{slug}", "GET /jobs", "POST /admin/companies/{id}/edit ![preview]",
					"POST /employers/register", "GET /admin/approvals", "GET /actuator/health");
		Endpoint jobs = discovery.endpoints()
			.stream()
			.filter((e) -> e.toString().equals("GET /jobs"))
			.findFirst()
			.orElseThrow();
		assertThat(jobs.fields()).extracting(Field::name).contains("q", "location", "type", "page");
	}

	@Test
	void hostileInputNeverCausesAServerErrorLiveMarkupOrAChangeWhenRefused() {
		Endpoints.Discovery discovery = Endpoints.discover(this.handlerMappings);
		List<Endpoint> endpoints = new ArrayList<>(discovery.endpoints());
		List<HttpActor> actors = List.of(HttpActor.anonymous(this.base),
				HttpActor.signedIn("employer", this.base, this.fixture.employer.getEmail(), HostileFixture.PASSWORD),
				HttpActor.signedIn("admin", this.base, this.fixture.admin.getEmail(), HostileFixture.PASSWORD));
		long start = System.nanoTime();
		for (HttpActor actor : actors) {
			Forms forms = new Forms();
			for (Endpoint endpoint : endpoints) {
				if (endpoint.method() == RequestMethod.GET) {
					exercise(actor, endpoint, forms);
				}
			}
			for (Endpoint endpoint : endpoints) {
				if (endpoint.method() == RequestMethod.POST) {
					exercise(actor, endpoint, forms);
				}
			}
			if (actor.name().equals("anonymous")) {
				FILTER_ENDPOINTS.forEach((endpoint) -> exercise(actor, endpoint, forms));
			}
		}
		System.out.printf("Hostile input: %d requests to %d endpoints in %d s%n", this.requests, endpoints.size(),
				(System.nanoTime() - start) / 1_000_000_000L);
		this.nanosByEndpoint.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach((entry) -> System.out.printf("  %6d ms %s%n", entry.getValue() / 1_000_000, entry.getKey()));
		System.out.printf("  http %d ms, markup check %d ms, data check %d ms%n", this.nanosByStep[0] / 1_000_000,
				this.nanosByStep[1] / 1_000_000, this.nanosByStep[2] / 1_000_000);
		writeFindings();
		// One line: a CI log that keeps only the first line of a failure still shows what
		// was found.
		assertThat(this.findings)
			.as("%d findings in %d requests: %s", this.findings.size(), this.requests,
					this.findings.stream().limit(80).collect(Collectors.joining(" | ")))
			.isEmpty();
	}

	private void exercise(HttpActor actor, Endpoint endpoint, Forms forms) {
		long started = System.nanoTime();
		exerciseOnce(actor, endpoint, forms);
		this.nanosByEndpoint.merge(actor.name() + " " + endpoint, System.nanoTime() - started, Long::sum);
	}

	/** Every finding, for reading after a failed run. */
	private void writeFindings() {
		try {
			java.nio.file.Path file = java.nio.file.Path.of("target", "hostile-input-findings.txt");
			java.nio.file.Files.createDirectories(file.getParent());
			java.nio.file.Files.write(file, this.findings, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void exerciseOnce(HttpActor actor, Endpoint endpoint, Forms forms) {
		String path = this.fixture.path(endpoint);
		List<Map.Entry<String, String>> required = endpoint.required()
			.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue()))
			.collect(Collectors.toCollection(ArrayList::new));
		// As it is: nothing but what the mapping requires. For pages this also collects
		// their forms.
		Response plain = send(actor, endpoint, path, required, "nothing sent", List.of());
		if (plain != null && plain.isHtml() && endpoint.method() == RequestMethod.GET) {
			forms.collect(plain.document());
		}
		Optional<List<Forms.Control>> form = forms.posting(path);
		// Where the answer is "sign in first" or "not allowed" whatever is sent, one
		// payload of each kind is
		// enough: what they exercise (binding, validation) gets every payload from the
		// people who are let in.
		boolean turnedAway = plain != null && (plain.status() == 403
				|| (plain.status() == 302 && plain.location() != null && plain.location().endsWith("/login")));
		List<String> payloads = turnedAway ? Payloads.sample() : Payloads.all();
		List<Field> textual = endpoint.fields().stream().filter((field) -> !field.isFile()).toList();
		List<Forms.Control> typable = form
			.map((controls) -> controls.stream().filter(Forms.Control::visibleText).toList())
			.orElse(List.of());
		for (String payload : payloads) {
			// A form may send at most 1 MB: a long payload goes to a few fields at a
			// time. (An address is
			// refused with 414 past a few KB however the payload is spread, so a query
			// gets it all at once.)
			int perRequest = (endpoint.method() == RequestMethod.GET) ? Integer.MAX_VALUE
					: Math.max(1, BODY_BUDGET / Math.max(1, payload.length()));
			List<List<Map.Entry<String, String>>> sent = new ArrayList<>();
			for (List<Field> group : groups(textual, perRequest)) {
				List<Map.Entry<String, String>> parameters = new ArrayList<>(required);
				for (Field field : group) {
					parameters.add(Map.entry(field.name(), payload));
					if (field.multiple()) {
						parameters.add(Map.entry(field.name(), payload));
					}
				}
				send(actor, endpoint, path, parameters, "every field: " + shorten(payload), List.of());
				sent.add(parameters);
			}
			if (endpoint.method() == RequestMethod.POST) {
				for (List<Forms.Control> group : groups(typable, perRequest)) {
					List<Map.Entry<String, String>> asTyped = new ArrayList<>(required);
					for (Forms.Control control : form.orElseThrow()) {
						if (!endpoint.absent().contains(control.name())) {
							asTyped.add(Map.entry(control.name(), group.contains(control) ? payload : control.value()));
						}
					}
					if (sent.stream().noneMatch((parameters) -> sameParameters(parameters, asTyped))) {
						send(actor, endpoint, path, asTyped, "typed into the form: " + shorten(payload), List.of());
					}
				}
			}
			if (!endpoint.pathVariables().isEmpty() && Payloads.IN_PATHS.contains(payload)) {
				send(actor, endpoint, hostilePath(endpoint, payload), required, "in the path: " + shorten(payload),
						List.of());
			}
		}
		sendWrongTypes(actor, endpoint, path, required, form);
		if (endpoint.multipart()) {
			for (FilePart file : hostileFiles(endpoint)) {
				List<Map.Entry<String, String>> parameters = new ArrayList<>(required);
				form.ifPresent((controls) -> controls
					.forEach((control) -> parameters.add(Map.entry(control.name(), control.value()))));
				send(actor, endpoint, path, parameters, "file " + file.fileName() + " as " + file.contentType(),
						List.of(file));
			}
		}
	}

	/**
	 * Every field that is not text gets a value of the wrong type, one kind after the
	 * other.
	 */
	private void sendWrongTypes(HttpActor actor, Endpoint endpoint, String path,
			List<Map.Entry<String, String>> required, Optional<List<Forms.Control>> form) {
		List<Field> typed = endpoint.fields()
			.stream()
			.filter((field) -> !Payloads.wrongTypes(field.type()).isEmpty())
			.toList();
		int kinds = typed.stream().mapToInt((field) -> Payloads.wrongTypes(field.type()).size()).max().orElse(0);
		for (int kind = 0; kind < kinds; kind++) {
			Map<String, String> wrong = new LinkedHashMap<>();
			for (Field field : typed) {
				List<String> values = Payloads.wrongTypes(field.type());
				wrong.put(field.name(), values.get(kind % values.size()));
			}
			List<Map.Entry<String, String>> parameters = new ArrayList<>(required);
			form.ifPresent((controls) -> controls.stream()
				.filter((control) -> !wrong.containsKey(control.name()))
				.forEach((control) -> parameters.add(Map.entry(control.name(), control.value()))));
			wrong.forEach((name, value) -> parameters.add(Map.entry(name, value)));
			send(actor, endpoint, path, parameters, "wrong types " + wrong, List.of());
		}
	}

	private Response send(HttpActor actor, Endpoint endpoint, String path, List<Map.Entry<String, String>> parameters,
			String variant, List<FilePart> files) {
		long t0 = System.nanoTime();
		String before = (this.state != null) ? this.state : this.fixture.state();
		String what = actor.name() + " " + endpoint.method() + " " + shorten(path) + " [" + variant + "]";
		this.requests++;
		Response response;
		try {
			if (endpoint.method() == RequestMethod.GET) {
				response = actor.get(parameters.isEmpty() ? path : path + "?" + HttpActor.encode(parameters));
			}
			else if (endpoint.json()) {
				response = actor.postJson(path, json(parameters));
			}
			else if (!files.isEmpty()) {
				response = actor.postMultipart(path, parameters, files);
			}
			else {
				response = actor.post(path, parameters);
			}
		}
		catch (UncheckedIOException ex) {
			this.findings.add(what + " → no answer: " + ex.getMessage());
			this.state = null;
			return null;
		}
		long t1 = System.nanoTime();
		this.nanosByStep[0] += t1 - t0;
		if (response.status() >= 500) {
			this.findings.add(what + " → " + response.status());
		}
		if (response.isHtml()) {
			LiveMarkup.findIn(response.document())
				.forEach((found) -> this.findings.add(what + " → " + response.status() + " with " + found));
		}
		long t2 = System.nanoTime();
		this.nanosByStep[1] += t2 - t1;
		String after = this.fixture.state();
		this.state = after;
		this.nanosByStep[2] += System.nanoTime() - t2;
		// A saved form answers 303 (FormAnswers); other redirects after a POST 302.
		boolean wentThrough = endpoint.method() == RequestMethod.POST
				&& (response.status() == 302 || response.status() == 303) && response.location() != null
				&& !response.location().contains("/login");
		if (!wentThrough && !before.equals(after)) {
			this.findings.add(what + " → " + response.status() + " but the data changed: " + difference(before, after));
		}
		return response;
	}

	/** The items in groups of at most {@code size}, in order; none for no items. */
	private static <T> List<List<T>> groups(List<T> items, int size) {
		List<List<T>> groups = new ArrayList<>();
		for (int from = 0; from < items.size(); from += size) {
			groups.add(items.subList(from, (int) Math.min(items.size(), (long) from + size)));
		}
		return groups;
	}

	private static boolean sameParameters(List<Map.Entry<String, String>> a, List<Map.Entry<String, String>> b) {
		java.util.Comparator<Map.Entry<String, String>> order = Map.Entry.<String, String>comparingByKey()
			.thenComparing(Map.Entry.comparingByValue());
		return a.stream().sorted(order).toList().equals(b.stream().sorted(order).toList());
	}

	/** The address with every path variable replaced by the payload. */
	private static String hostilePath(Endpoint endpoint, String payload) {
		String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
		Matcher matcher = HostileFixture.VARIABLE.matcher(endpoint.pattern());
		return matcher.replaceAll(Matcher.quoteReplacement(encoded));
	}

	/** Files that are not images, dressed up as logos. */
	private static List<FilePart> hostileFiles(Endpoint endpoint) {
		String field = endpoint.fields().stream().filter(Field::isFile).findFirst().orElseThrow().name();
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\" data-pwned><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] html = "<html><body><script data-pwned>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
		return List.of(new FilePart(field, "logo.png", "image/png", svg),
				new FilePart(field, "<img src=x onerror=alert(1) data-pwned>.jpg", "image/jpeg", html),
				new FilePart(field, "../../../etc/passwd", "image/webp", new byte[] { 0 }),
				new FilePart(field, "logo.svg", "image/svg+xml", svg));
	}

	private static String json(List<Map.Entry<String, String>> parameters) {
		return parameters.stream()
			.map((entry) -> "\"" + escapeJson(entry.getKey()) + "\":\"" + escapeJson(entry.getValue()) + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String escapeJson(String value) {
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static String difference(String before, String after) {
		String[] a = before.split("\n");
		String[] b = after.split("\n");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (!a[i].equals(b[i])) {
				return shorten(a[i]) + " ⇒ " + shorten(b[i]);
			}
		}
		return "rows " + a.length + " ⇒ " + b.length;
	}

	static String shorten(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "·");
		return (printable.length() > 90) ? printable.substring(0, 90) + "…(" + text.length() + " chars)" : printable;
	}

	private static byte[] png() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
