package com.jobboard.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Which feature may use which: the package layout is the architecture, so it is checked.
 */
@AnalyzeClasses(packages = "com.jobboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule viewCountingKnowsNoFeature = noClasses().that()
		.resideInAPackage("..views..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..company..", "..job..", "..demo..", "..web..");

	@ArchTest
	static final ArchRule markdownStandsAlone = noClasses().that()
		.resideInAPackage("..markdown..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..company..", "..job..", "..views..", "..demo..", "..web..");

	@ArchTest
	static final ArchRule structuredDataKnowsNoFeature = noClasses().that()
		.resideInAPackage("..structureddata..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..company..", "..job..", "..views..", "..demo..", "..web..", "..security..");

	@ArchTest
	static final ArchRule nothingDependsOnTheDemoData = noClasses().that()
		.resideOutsideOfPackage("..demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..demo..");

	@ArchTest
	static final ArchRule controllersGoThroughServices = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule controllersDoNotUseTheDemoData = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..demo..");

	@ArchTest
	static final ArchRule jobsDoNotReachIntoOtherFeaturesControllers = noClasses().that()
		.resideInAPackage("..job..")
		.should()
		.dependOnClassesThat(resideInAPackage("com.jobboard..").and(simpleNameEndingWith("Controller"))
			.and(not(resideInAPackage("..job.."))));

	@ArchTest
	static final ArchRule jobsDoNotReachIntoCompanyPages = noClasses().that()
		.resideInAPackage("..job..")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameStartingWith("CompanyProfiles");

	/**
	 * The API, the feeds and the sitemap only read what the features offer; no feature
	 * needs them.
	 */
	@ArchTest
	static final ArchRule nothingDependsOnTheReadOnlyOutlets = noClasses().that()
		.resideOutsideOfPackages("..api..", "..feed..", "..sitemap..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..api..", "..feed..", "..sitemap..");

	@ArchTest
	static final ArchRule apiAndFeedsReadThroughTheFeaturesServices = noClasses().that()
		.resideInAnyPackage("..api..", "..feed..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	/**
	 * No two features depend on each other, not even through a third: each top-level
	 * package is one slice, and the slices form no cycle. Where a lower feature needs
	 * something from a higher one, it names it in an interface of its own
	 * (company.CompanyJobs, answered by the job feature) or listens for an event.
	 */
	@ArchTest
	static final ArchRule featuresDependOnEachOtherOneWayOnly = slices().matching("com.jobboard.(*)..")
		.should()
		.beFreeOfCycles();

}
