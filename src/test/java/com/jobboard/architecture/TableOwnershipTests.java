package com.jobboard.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feature reads another feature's tables only through that feature's services. ArchUnit
 * sees classes, not SQL, so this reads the sources: every table named after {@code from},
 * {@code join}, {@code into} or {@code update} in a feature's code must be the feature's
 * own, or one of the crossings still to be moved behind a service
 * ({@link #NOT_YET_MOVED}), which may only shrink.
 */
class TableOwnershipTests {

	private static final Path SOURCES = Path.of("src/main/java/com/jobboard");

	/** Which feature (top-level package) owns each table: the one that writes it. */
	static final Map<String, String> OWNER = owners(
			Map.of("company", "companies company_sectors sectors logos company_slug_history company_revisions", "job",
					"jobs", "team", "company_members team_invitations company_activity", "security",
					"users spring_session spring_session_attributes sign_in_failures", "limits", "action_log", "mail",
					"mail_outbox", "alerts",
					"alerts alert_addresses alert_job_queue alert_link_secret alert_matches"
							+ " company_follower_counts company_daily_followers",
					"applications",
					"job_applications application_cvs application_events"
							+ " application_notification_settings candidate_links job_daily_applications",
					"views",
					"company_view_totals company_daily_views company_daily_visitors job_view_totals job_daily_views"
							+ " job_daily_visitors view_visitor_secrets",
					"transfer", "import_sources"));

	/**
	 * Reads of other features' tables made before the rule, mostly joins for
	 * one-statement lists and searches (issue 11 moved the admin dashboard's and the user
	 * management's). Remove a line when its feature asks through a service instead; never
	 * add one.
	 */
	static final Map<String, Set<String>> NOT_YET_MOVED = Map.of("alerts",
			Set.of("companies", "company_sectors", "jobs", "sectors"), "applications",
			Set.of("companies", "company_members", "jobs", "mail_outbox", "users"), "company",
			Set.of("company_follower_counts", "jobs"), "job", Set.of("companies", "company_sectors", "sectors"),
			"registration", Set.of("companies", "jobs", "users"), "sitemap", Set.of("companies", "jobs"), "stats",
			Set.of("companies", "company_daily_followers", "company_daily_views", "company_follower_counts",
					"job_daily_applications", "job_daily_views", "jobs"),
			"team", Set.of("companies", "users"), "transfer",
			Set.of("companies", "company_sectors", "jobs", "sectors"));

	private static final Pattern TABLE_USE = Pattern.compile(
			"\\b(?:from|join|into|update)\\s+(" + String.join("|", OWNER.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);

	@Test
	void noFeatureReadsAnotherFeaturesTablesBeyondTheKnownOnes() throws IOException {
		Map<String, Set<String>> crossings = crossings();
		crossings.forEach((feature, tables) -> tables.removeAll(NOT_YET_MOVED.getOrDefault(feature, Set.of())));
		crossings.values().removeIf(Set::isEmpty);
		assertThat(crossings).as("feature -> other features' tables its SQL names (ask their services instead)")
			.isEmpty();
	}

	@Test
	void theDashboardAndTheUserManagementReadOnlyTheirOwnTables() throws IOException {
		Map<String, Set<String>> crossings = crossings();
		assertThat(crossings.get("admin")).as("admin").isNull();
		assertThat(crossings.get("security")).as("security").isNull();
		assertThat(NOT_YET_MOVED).doesNotContainKeys("admin", "security");
	}

	@Test
	void theScanFindsTablesInTextBlocksAndJoins() {
		assertThat(tablesNamedIn("""
				select c.name from companies c
				join jobs j on j.company_id = c.id
				""")).containsExactly("companies", "jobs");
		assertThat(tablesNamedIn("insert into alert_matches (alert_id) values (?)")).containsExactly("alert_matches");
		assertThat(tablesNamedIn("select id from company_view_totals_archive")).isEmpty();
	}

	/** For each feature, the other features' tables its sources name. */
	private static Map<String, Set<String>> crossings() throws IOException {
		Map<String, Set<String>> crossings = new TreeMap<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			sources = files.filter((path) -> path.toString().endsWith(".java")).toList();
		}
		assertThat(sources).as("the sources under " + SOURCES).contains(SOURCES.resolve("admin/Dashboard.java"));
		for (Path file : sources) {
			Path relative = SOURCES.relativize(file);
			if (relative.getNameCount() < 2) {
				continue;
			}
			String feature = relative.getName(0).toString();
			for (String table : tablesNamedIn(Files.readString(file))) {
				if (!feature.equals(OWNER.get(table))) {
					crossings.computeIfAbsent(feature, (key) -> new TreeSet<>()).add(table);
				}
			}
		}
		return crossings;
	}

	private static List<String> tablesNamedIn(String source) {
		Matcher matcher = TABLE_USE.matcher(source);
		return matcher.results().map((result) -> result.group(1).toLowerCase(Locale.ROOT)).distinct().toList();
	}

	private static Map<String, String> owners(Map<String, String> tablesByFeature) {
		Map<String, String> owners = new TreeMap<>();
		tablesByFeature.forEach((feature, tables) -> {
			for (String table : tables.split(" ")) {
				owners.put(table, feature);
			}
		});
		return owners;
	}

}
