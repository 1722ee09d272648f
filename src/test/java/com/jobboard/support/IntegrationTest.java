package com.jobboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, on the shared test PostgreSQL, sending mail to
 * the shared GreenMail ({@link TestMail}), with MockMvc, the movable {@link TestClock}
 * and {@link StatementCounting}. Every test that uses it, and adds nothing that changes
 * the context (no {@code @AutoConfigureMockMvc} of its own, no {@code @DirtiesContext},
 * {@code @MockitoBean}, {@code @TestPropertySource} or nested configuration), shares one
 * cached context. Such tests are named {@code *IT} and run by Failsafe in
 * {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailInitializer.class })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, StatementCounting.class })
public @interface IntegrationTest {

}
