package com.jobboard.mail;

import java.util.HashMap;
import java.util.Map;

import com.jobboard.web.SiteUrls;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders mail templates ({@code templates/mail/<name>.html} and {@code .txt}) with
 * engines of their own, so that the web's Thymeleaf settings are untouched (neither
 * engine nor resolver is a bean: Spring Boot would hand a resolver bean to the web's
 * engine, and step back from configuring the web's engine at the sight of another one).
 * Texts come from the message bundles in the recipient's language; {@code @{/path}} links
 * are absolute, from {@link SiteUrls}; {@code @siteUrls} and other beans can be used as
 * on the web.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	private final ApplicationContext applicationContext;

	MailTemplates(MessageSource messageSource, SiteUrls siteUrls, ApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
		this.html = engine(TemplateMode.HTML, ".html", messageSource, siteUrls);
		this.text = engine(TemplateMode.TEXT, ".txt", messageSource, siteUrls);
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messageSource,
			SiteUrls siteUrls) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messageSource);
		engine.setLinkBuilder(new AbsoluteLinks(siteUrls));
		engine.setEnableSpringELCompiler(true);
		return engine;
	}

	/**
	 * Both parts of a message, with these variables (and {@code subject}) in the
	 * message's language.
	 */
	Parts render(OutgoingMail mail, String subject) {
		Map<String, Object> variables = new HashMap<>(mail.model());
		variables.put("subject", subject);
		variables.put("unsubscribeUrl", (mail.unsubscribe() != null) ? mail.unsubscribe().toASCIIString() : null);
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		String name = "mail/" + mail.template();
		return new Parts(this.text.process(name, new Context(mail.locale(), variables)),
				this.html.process(name, new Context(mail.locale(), variables)));
	}

	record Parts(String text, String html) {
	}

	/**
	 * {@code @{/jobs/42}} becomes {@code https://jobs.example.com/jobs/42}: mail is read
	 * away from the site.
	 */
	private static final class AbsoluteLinks extends StandardLinkBuilder {

		private final SiteUrls siteUrls;

		AbsoluteLinks(SiteUrls siteUrls) {
			this.siteUrls = siteUrls;
		}

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return "";
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (link.startsWith("/") && !link.startsWith("//")) {
				return this.siteUrls.absolute(link);
			}
			return link;
		}

	}

}
