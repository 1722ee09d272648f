package com.jobboard.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Writes void elements the HTML way, {@code <input ...>} and not {@code <input ... />}.
 * The templates never write the slash, but Thymeleaf adds the CSRF token's hidden input
 * to every form as {@code <input type="hidden" ... />}, and the Nu Html Checker warns
 * about the trailing slash. Spring Boot adds every {@code IDialect} bean to the template
 * engine.
 */
@Component
public class HtmlVoidElementsDialect extends AbstractDialect implements IPostProcessorDialect {

	public HtmlVoidElementsDialect() {
		super("HTML void elements");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, WithoutTrailingSlash.class, 1000));
	}

	/** Rewrites each minimized ({@code />}) standalone tag as an unminimized one. */
	public static final class WithoutTrailingSlash extends AbstractTemplateHandler {

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			if (!tag.isMinimized()) {
				super.handleStandaloneElement(tag);
				return;
			}
			IStandaloneElementTag unminimized = getContext().getModelFactory()
				.createStandaloneElementTag(tag.getElementCompleteName(), tag.getAttributeMap(),
						AttributeValueQuotes.DOUBLE, false, false);
			super.handleStandaloneElement(unminimized);
		}

	}

}
