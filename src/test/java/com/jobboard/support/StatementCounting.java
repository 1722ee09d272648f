package com.jobboard.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each thread runs
 * ({@code net.ttddyy.dsproxy.QueryCountHolder}), in the shared {@link IntegrationTest}
 * context rather than in a context of its own for the one test that reads the count:
 * MockMvc runs a request on the test's thread, so a test that clears the count before its
 * requests reads only theirs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSourceWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !beanName.contains("Proxy")) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
				}
				return bean;
			}
		};
	}

}
