package com.jobboard.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a template shows people text that does not come from the message
 * bundles: text between tags, a user-visible attribute ({@code alt}, {@code title},
 * {@code placeholder}, {@code aria-label}, a button's {@code value}, the description meta
 * tag), or a quoted string in an expression that reads like words. Text inside an element
 * whose content Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace}
 * ...) is only a designer's placeholder and never shown.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Attributes that replace or remove an element's content, so the text inside is never
	 * shown.
	 */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
			"th:errors", "th:remove");

	/** Attributes people see or hear. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "aria-roledescription", "label", "summary");

	/** A literal substitution in an expression: |Jobs at ${name}|. */
	private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");

	/** An expression inside a literal substitution. */
	private static final Pattern EXPRESSION = Pattern.compile("[$#*@~]\\{[^}]*}");

	/**
	 * Words people read: a capitalised word, or two words in a row ("Jobs at", "or
	 * more").
	 */
	private static final Pattern WORDS = Pattern.compile("\\b\\p{Lu}\\p{Ll}+|\\p{L}{2,}\\s+\\p{L}{2,}");

	/** A quoted string in an expression. */
	private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

	/**
	 * Quoted strings that are code, not words: no spaces, and starting lower-case (names,
	 * keys, paths, types, CSS classes) or all capitals (enum constants, UTC). 'Dashboard'
	 * or 'Not given' are words.
	 */
	private static final Pattern CODE_LITERAL = Pattern.compile("[^\\p{L}\\s]*\\p{Ll}\\S*|[A-Z0-9_]+");

	/**
	 * The only words allowed in templates, each with its reason: brand names are the same
	 * in every language (SocialNetwork.displayName says so too).
	 */
	private static final Map<String, String> ALLOWED_LITERALS = Map.of("LinkedIn", "brand name", "Facebook",
			"brand name", "Instagram", "brand name", "GitHub", "brand name", "YouTube", "brand name");

	@Test
	void templatesShowOnlyTextFromTheMessageBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			String name = TEMPLATES.relativize(template).toString();
			NodeTraversor.traverse((node, depth) -> check(name, node, problems), document);
		}
		assertThat(problems).as("hard-coded text in templates (use #{key} and messages*.properties)").isEmpty();
	}

	@Test
	void theCheckFindsHardCodedTextWhereItWouldBeShown() {
		List<String> problems = new ArrayList<>();
		Document document = Jsoup.parse("""
				<html th:replace="~{layout :: page(title='Oops', content=~{::main})}"><body><main>
				<p>Shown as written</p>
				<p th:text="#{ok}">Placeholder, never shown</p>
				<img alt="A logo"><input placeholder="e.g. Northwind"><button value="Go" type="submit">
				<span th:text="${x} ? 'Not given' : #{y}">x</span>
				<h1 th:text="|Jobs at ${company}|">x</h1><p th:classappend="|status-${s}|" th:text="|${a} · #{b}|">x</p>
				<nav th:replace="~{nav :: nav('dashboard')}">Replaced</nav>
				</main></body></html>""");
		NodeTraversor.traverse((node, depth) -> check("sample", node, problems), document);
		assertThat(problems).hasSize(7)
			.anyMatch((problem) -> problem.contains("'Jobs at'"))
			.anyMatch((problem) -> problem.contains("Shown as written"))
			.anyMatch((problem) -> problem.contains("alt=\"A logo\""))
			.anyMatch((problem) -> problem.contains("e.g. Northwind"))
			.anyMatch((problem) -> problem.contains("value=\"Go\""))
			.anyMatch((problem) -> problem.contains("'Not given'"))
			.anyMatch((problem) -> problem.contains("'Oops'"));
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static void check(String template, Node node, List<String> problems) {
		if (node instanceof TextNode text) {
			if (hasLetters(text.text()) && !isReplaced(text.parent())) {
				problems.add(template + ": text \"" + text.text().strip() + "\"");
			}
		}
		else if (node instanceof Element element) {
			for (Attribute attribute : element.attributes()) {
				checkAttribute(template, element, attribute, problems);
			}
		}
	}

	private static void checkAttribute(String template, Element element, Attribute attribute, List<String> problems) {
		String key = attribute.getKey();
		String value = attribute.getValue();
		if (key.startsWith("th:") || key.startsWith("sec:")) {
			Matcher substitution = SUBSTITUTION.matcher(value);
			while (substitution.find()) {
				String literal = EXPRESSION.matcher(substitution.group(1)).replaceAll("").strip();
				if (WORDS.matcher(literal).find()) {
					problems.add(template + ": <" + element.tagName() + " " + key + "> has the text '" + literal
							+ "' in |" + substitution.group(1) + "|");
				}
			}
			Matcher quoted = QUOTED.matcher(value);
			while (quoted.find()) {
				String literal = quoted.group(1);
				if (hasLetters(literal) && !CODE_LITERAL.matcher(literal).matches()
						&& !ALLOWED_LITERALS.containsKey(literal)) {
					problems
						.add(template + ": <" + element.tagName() + " " + key + "> has the literal '" + literal + "'");
				}
			}
			return;
		}
		boolean visible = VISIBLE_ATTRIBUTES.contains(key) || ("value".equals(key) && isButton(element))
				|| ("content".equals(key) && "meta".equals(element.tagName())
						&& Set.of("description", "og:title", "og:description")
							.contains(element.attr("name") + element.attr("property")));
		if (visible && hasLetters(value) && !isReplaced(element)) {
			problems.add(template + ": <" + element.tagName() + "> " + key + "=\"" + value + "\"");
		}
	}

	private static boolean isButton(Element element) {
		return "button".equals(element.tagName()) || ("input".equals(element.tagName())
				&& Set.of("submit", "button", "reset").contains(element.attr("type")));
	}

	/**
	 * Whether Thymeleaf replaces this element's content (the page's html element only
	 * picks fragments).
	 */
	private static boolean isReplaced(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			if ("html".equals(at.tagName())) {
				return false;
			}
			for (String attribute : REPLACING) {
				if (at.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

}
