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
 * The whole application on a random port, on the shared test PostgreSQL, sending mail to the shared GreenMail
 * ({@link TestMail}), with MockMvc and the movable {@link TestClock}. Every test that uses it, and adds nothing that
 * changes the context, shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailInitializer.class })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {

}
