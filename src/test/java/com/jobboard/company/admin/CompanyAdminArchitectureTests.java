package com.jobboard.company.admin;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The public company pages know nothing of the editing side; nothing but admin pages use
 * it, and the employer sign-up, whose companies are made, published and archived through
 * the editor so that their history is kept like every other profile's, and the import
 * (transfer), which writes companies through {@link CompanyImports} by the company form's
 * own rules.
 */
@AnalyzeClasses(packages = "com.jobboard", importOptions = ImportOption.DoNotIncludeTests.class)
class CompanyAdminArchitectureTests {

	@ArchTest
	static final ArchRule publicCompanyPagesDoNotDependOnEditing = noClasses().that()
		.resideInAPackage("com.jobboard.company")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.jobboard.company.admin..");

	@ArchTest
	static final ArchRule onlyCompanyAdminUsesIt = noClasses().that()
		.resideOutsideOfPackages("com.jobboard.company.admin..", "com.jobboard.admin..", "com.jobboard.registration..",
				"com.jobboard.transfer..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.jobboard.company.admin..");

}
