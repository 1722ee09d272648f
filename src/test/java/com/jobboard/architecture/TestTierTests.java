package com.jobboard.architecture;

import java.net.http.HttpClient;

import com.jobboard.browser.BrowserSupport;
import com.jobboard.support.HttpPages;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps {@code ./mvnw test} fast: a test that starts the whole application (or a second
 * one), talks HTTP to it or drives a browser is an {@code *IT}, which only Failsafe runs
 * ({@code ./mvnw verify}). {@code *Tests} are unit tests and slices
 * ({@code support.DatabaseTest}, {@code @WebMvcTest}).
 */
@AnalyzeClasses(packages = "com.jobboard", importOptions = ImportOption.OnlyIncludeTests.class)
class TestTierTests {

	@ArchTest
	static final ArchRule wholeApplicationTestsAreIntegrationTests = classes().that()
		.areMetaAnnotatedWith(SpringBootTest.class)
		.and()
		.areTopLevelClasses()
		.and()
		.areNotAnnotations()
		.should()
		.haveSimpleNameEndingWith("IT")
		.because("the whole application's start belongs to ./mvnw verify, not to the fast tier");

	@ArchTest
	static final ArchRule fastTestsNeedNoServerBrowserOrSecondApplication = noClasses().that()
		.haveSimpleNameEndingWith("Tests")
		.and()
		.doNotBelongToAnyOf(TestTierTests.class)
		.should()
		.dependOnClassesThat()
		.belongToAnyOf(SpringApplication.class, SpringApplicationBuilder.class, HttpPages.class, HttpClient.class,
				WebDriver.class, BrowserSupport.class)
		.because("real HTTP, browsers and extra application instances belong to ./mvnw verify (name the test *IT)");

}
