package com.jobboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.jobboard.company.CompanyDirectory;
import com.jobboard.company.ProfileCacheTestConfiguration;
import com.jobboard.job.JobCatalog;
import com.jobboard.markdown.MarkdownRenderer;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data layer alone (JPA repositories, {@code JdbcClient}, Flyway) on the shared test
 * PostgreSQL, with the movable {@link TestClock}, {@link TestCompanies} and the few query
 * services the repository tests read through: the fast tier's database tests, in seconds
 * instead of the whole application's start. Every test that uses it, and adds nothing
 * that changes the context, shares one cached context.
 * <p>
 * Not rolled back: as in the {@link IntegrationTest}s, each statement commits and each
 * test makes its own uniquely named data, so a test sees what a constraint or a second
 * transaction would see. A test that must undo its changes says {@code @Transactional}
 * itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ TestClockConfiguration.class, DatabaseTest.Components.class, ProfileCacheTestConfiguration.class,
		TestCompanies.class, MarkdownRenderer.class, CompanyDirectory.class, JobCatalog.class })
public @interface DatabaseTest {

	/**
	 * The application's own beans the data layer's tests need, as the application defines
	 * them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class Components {

		/**
		 * As {@code SecurityConfiguration} defines it: BCrypt behind the delegating
		 * encoder.
		 */
		@Bean
		PasswordEncoder passwordEncoder() {
			return PasswordEncoderFactories.createDelegatingPasswordEncoder();
		}

	}

}
