package com.jobboard.transfer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real WordPress exports of the plugins' demo content, read where they are (see
 * SOURCE.md there); they are never copied into the project.
 */
final class RealExports {

	/**
	 * Beside the project, as on every machine that builds it ({@code ../shared/wxr}),
	 * unless JOBBOARD_WXR_DIR says.
	 */
	static final Path FOLDER = Path.of(System.getenv().getOrDefault("JOBBOARD_WXR_DIR", "../shared/wxr"))
		.toAbsolutePath()
		.normalize();

	/** WP Job Board Pro (Superio theme demo): 12 employers, 19 jobs. */
	static final String SUPERIO = "pravinmobilefirst9_CultureX_dummy-data.xml";

	/** WP Job Board Pro (Workio theme demo). */
	static final String WORKIO = "NghiemHaiDang_rejobsagency.github.io_workio_dummy-data.xml";

	/** WP Job Manager (JobStack demo): 8 jobs. */
	static final String JOBSTACK = "MojydaaFadl_mojydaa_wordpress2_jobstack.xml";

	/** WP Job Manager (EspyJobs demo): 9 jobs. */
	static final String ESPYJOBS = "MojydaaFadl_mojydaa_wordpress2_espyjobs.xml";

	/** WP Job Manager with a company post type (Jobhunt theme demo). */
	static final String JOBHUNT = "jzmalik123_pomworkforceca_jobhunt-demo_dummy-data.xml";

	private RealExports() {
	}

	/**
	 * The export, or the test is aborted (not passed) with the reason when the folder is
	 * missing.
	 */
	static Path file(String name) {
		Path file = FOLDER.resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(file), () -> "The real WordPress export " + file
				+ " is not there: these tests need the folder of real exports (../shared/wxr beside the project, or JOBBOARD_WXR_DIR)");
		return file;
	}

}
