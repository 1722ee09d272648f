package com.jobboard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The page for the few errors Tomcat answers itself, before the application sees the
 * request: a request line or headers over {@code server.max-http-request-header-size}, a
 * malformed request. Without this, Tomcat writes its own "HTTP Status 400" page. Tomcat
 * can only send a file, so the page ({@code templates/error/container.html}, in the
 * site's look, texts from the message bundle) is rendered once when the server starts and
 * written to a temporary file.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	static final String TEMPLATE = "error/container";

	private final ObjectProvider<ITemplateEngine> templateEngine;

	ContainerErrorPage(ObjectProvider<ITemplateEngine> templateEngine) {
		this.templateEngine = templateEngine;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		// Runs after Spring Boot's own error report valve settings (no stack trace, no
		// server version).
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			String page = write(render()).toString();
			boolean configured = false;
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve report) {
					configure(report, page);
					configured = true;
				}
			}
			if (!configured) {
				ErrorReportValve report = new ErrorReportValve();
				configure(report, page);
				host.getPipeline().addValve(report);
			}
		});
	}

	private static void configure(ErrorReportValve report, String page) {
		report.setShowReport(false);
		report.setShowServerInfo(false);
		// errorCode.0: every status without a page of its own.
		report.setProperty("errorCode.0", page);
	}

	private String render() {
		return this.templateEngine.getObject().process(TEMPLATE, new Context(Locale.ENGLISH));
	}

	private static Path write(String html) {
		try {
			Path file = Files.createTempFile("jobboard-error-", ".html");
			file.toFile().deleteOnExit();
			Files.writeString(file, html, StandardCharsets.UTF_8);
			return file.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the container's error page", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
